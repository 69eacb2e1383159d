package com.wizamart.catalog.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.wizamart.tenancy.Actor;

/**
 * Stock as the catalog needs it; owned by inventory and reached through inventory's public API. Runs in the
 * caller's transaction, so a published product and its stock commit together.
 */
public interface StockPort {

    /**
     * Gives a newly published (or created) product its starting stock.
     *
     * @param actor who published or created the product, recorded with the movement.
     */
    void setInitialStock(UUID vendorId, UUID productId, int quantity, Actor actor);

    /** The product's feed now gives {@code quantity} units: inventory sets the on-hand stock to it. */
    void setStockFromFeed(UUID vendorId, UUID productId, int quantity);

    /**
     * The product leaves the catalog: inventory deletes its stock rows (keeping its movements).
     *
     * @param actor who removed the product.
     * @throws com.wizamart.sharedkernel.DomainException {@code PRODUCT_STOCK_RESERVED} while open orders hold units
     *         of it.
     */
    void removeProduct(UUID vendorId, UUID productId, Actor actor);

    /** @return units available to order per product (products inventory does not know are absent). */
    Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds);
}
