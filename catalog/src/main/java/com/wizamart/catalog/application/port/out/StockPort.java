package com.wizamart.catalog.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.wizamart.catalog.domain.StockAnswer;
import com.wizamart.tenancy.Actor;

/**
 * Stock as the catalog needs it; owned by inventory and reached through inventory's public API. Runs in the
 * caller's transaction, so a published product and its stock commit together. Nothing here throws for stock reasons:
 * a refusal is an answer, so the caller's transaction stays usable.
 */
public interface StockPort {

    /**
     * Gives a newly created product its starting stock (at the default location).
     *
     * @param actor who published or created the product, recorded with the movement.
     */
    void setInitialStock(UUID vendorId, UUID productId, int quantity, Actor actor);

    /**
     * Gives a newly published product its starting stock from the feed (at the vendor's feed location).
     *
     * @param actor who published the product, recorded with the movement.
     */
    void setInitialFeedStock(UUID vendorId, UUID productId, int quantity, Actor actor);

    /** @return each product's on-hand stock at the vendor's feed location (0 without stock there); every id present. */
    Map<UUID, Integer> feedOnHand(UUID vendorId, Collection<UUID> productIds);

    /**
     * The product's feed now gives {@code quantity} units: inventory sets the on-hand stock at the vendor's feed
     * location to it, unless open orders hold more there or on hand is not {@code expectedOnHand} any more.
     *
     * @param expectedOnHand the on hand the change was planned against; {@literal null} for "whatever it is".
     * @param actor          who caused it: the person approving a held refresh or unlocking the field,
     *                       {@link Actor#system()} for an import's own refresh.
     */
    StockAnswer setFeedStock(UUID vendorId, UUID productId, int quantity, Integer expectedOnHand, Actor actor);

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
