package com.wizamart.catalog.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.tenancy.VendorScope;

/** Units sold per product, for the shop's "bestselling" sort; fed by ordering's placed orders. */
@Service
public class SalesCounting {

    private final ProductStore products;
    private final VendorScope vendorScope;

    SalesCounting(ProductStore products, VendorScope vendorScope) {
        this.products = products;
        this.vendorScope = vendorScope;
    }

    /**
     * Counts an order's units once (idempotent per order id), in one transaction bound to the vendor (joins the
     * caller's, if any).
     *
     * @return whether it was counted now.
     */
    public boolean count(UUID vendorId, UUID orderId, Map<UUID, Integer> unitsByProduct) {
        Map<UUID, Integer> units = new LinkedHashMap<>(unitsByProduct);
        return vendorScope.callAs(vendorId, () -> products.countSales(orderId, units));
    }
}
