package com.wizamart.catalog.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.tenancy.VendorScope;

/**
 * Keeps the available quantity shown with each product (a copy of inventory's figure, so lists and searches filter
 * and show stock without asking inventory per row).
 */
@Service
public class ProductAvailability {

    private final ProductStore products;
    private final StockPort stock;
    private final VendorScope vendorScope;

    ProductAvailability(ProductStore products, StockPort stock, VendorScope vendorScope) {
        this.products = products;
        this.stock = stock;
        this.vendorScope = vendorScope;
    }

    /**
     * Records what inventory reports for a product (inventory's {@code StockLevelChanged}). Idempotent: it sets the
     * figure, so a repeated event changes nothing. One statement, in a transaction bound to the vendor (joins the
     * caller's, if any).
     */
    public void record(UUID vendorId, UUID productId, int available) {
        vendorScope.runAs(vendorId, () -> products.recordAvailable(Map.of(productId, Math.max(0, available))));
    }

    /** Copies inventory's current figures for these products (after the catalog itself changed their stock). */
    @Transactional
    public void sync(UUID vendorId, Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        Map<UUID, Integer> available = new java.util.HashMap<>();
        productIds.forEach(id -> available.put(id, 0));
        stock.available(vendorId, productIds).forEach((id, quantity) -> available.put(id, Math.max(0, quantity)));
        products.recordAvailable(available);
    }
}
