package com.wizamart.catalog.application;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.application.port.out.SoldUnits;
import com.wizamart.tenancy.VendorScope;

/**
 * Units sold per product, for the shop's "bestselling" sort and each product's {@code unitsSold}: a running total of
 * what ordering counts as sold (ADR 0022), kept per order so that an order that stops counting (cancelled,
 * refunded) takes its units out again.
 */
@Service
public class SalesCounting {

    private final ProductStore products;
    private final SoldUnits sold;
    private final VendorScope vendorScope;

    SalesCounting(ProductStore products, SoldUnits sold, VendorScope vendorScope) {
        this.products = products;
        this.sold = sold;
        this.vendorScope = vendorScope;
    }

    /**
     * Brings the products' totals in line with what the order adds now, in one transaction bound to the vendor (joins
     * the caller's, if any). The order's row is locked before ordering is asked, so two recounts of one order
     * queue and the later one reads the later state of the order: however often and in whatever order the order's
     * events arrive, the totals end at what the order adds after its last change. Idempotent.
     *
     * @return the change applied per product (empty when there was none).
     */
    public Map<UUID, Integer> recount(UUID vendorId, UUID orderId) {
        return vendorScope.callAs(vendorId, () -> {
            Map<UUID, Integer> before = products.lockCountedOrder(orderId);
            Map<UUID, Integer> now = sold.ofOrder(vendorId, orderId);
            Map<UUID, Integer> change = new TreeMap<>();
            now.forEach((product, units) -> change.merge(product, units, Integer::sum));
            before.forEach((product, units) -> change.merge(product, -units, Integer::sum));
            change.values().removeIf(units -> units == 0);
            if (!change.isEmpty()) {
                products.countSales(orderId, now, change);
            }
            return change;
        });
    }
}
