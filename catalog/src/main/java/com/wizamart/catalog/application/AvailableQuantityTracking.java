package com.wizamart.catalog.application;

import java.util.Collection;
import java.util.List;
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
public class AvailableQuantityTracking {

    private final ProductStore products;
    private final StockPort stock;
    private final VendorScope vendorScope;

    AvailableQuantityTracking(ProductStore products, StockPort stock, VendorScope vendorScope) {
        this.products = products;
        this.stock = stock;
        this.vendorScope = vendorScope;
    }

    /**
     * Records inventory's current available quantity of a product whose stock changed (inventory's
     * {@code StockLevelChanged}), not the figure the event carries: events of one product may arrive out of order
     * (listeners run concurrently, and a publication an instance left unfinished when it died is resubmitted long
     * after newer ones were handled), and a late one must not put an older figure back. The product's row is locked
     * before inventory is read, so of two concurrent recordings the one that reads later also writes later. Idempotent.
     * In a transaction bound to the vendor (joins the caller's, if any); a product the catalog does not have is
     * skipped.
     */
    public void recordCurrent(UUID vendorId, UUID productId) {
        vendorScope.runAs(vendorId, () -> {
            if (products.lockForStockFigure(productId)) {
                int available = stock.available(vendorId, List.of(productId)).getOrDefault(productId, 0);
                products.recordAvailable(Map.of(productId, Math.max(0, available)));
            }
        });
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
