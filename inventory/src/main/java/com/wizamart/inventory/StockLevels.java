package com.wizamart.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wizamart.tenancy.Actor;

/**
 * Inventory as other modules (catalog first) use it. Every method works for the given vendor only, joins the
 * caller's transaction (or opens one), and is bound to that vendor for Row-Level Security. The caller vouches that
 * the product is the vendor's: these methods do not ask the catalog again.
 */
public interface StockLevels {

    /**
     * Gives a newly published product its initial stock: an {@code IMPORT} movement of {@code quantity} into the
     * vendor's default location. Idempotent per product: does nothing when the product has any stock row already
     * (in any location), so publishing the same product again never adds stock. A quantity of 0 creates the empty
     * stock row (and no movement).
     *
     * @param quantity must not be negative.
     * @param actor    who published the product; {@link Actor#system()} for background work.
     * @return whether the initial stock was set (false: the product had stock already).
     */
    boolean setInitialStock(UUID vendorId, UUID productId, int quantity, Actor actor);

    /**
     * As {@link #setInitialStock}, for a product published from a marketplace feed: the units go into the vendor's
     * <em>feed location</em> (the default location unless the vendor chose another), where later feed quantities
     * are set ({@link #setFeedStock}).
     */
    boolean setInitialFeedStock(UUID vendorId, UUID productId, int quantity, Actor actor);

    /**
     * The stock of each requested product at the vendor's feed location; every requested id is present (on hand 0
     * when the product has no stock row there).
     */
    Map<UUID, FeedStock> feedStock(UUID vendorId, Collection<UUID> productIds);

    /**
     * Sets the product's on-hand stock at the vendor's feed location to a feed's {@code quantity}: an absolute
     * figure, not a change, recorded as one {@code IMPORT} movement of the difference. Other locations are never
     * touched. Never throws for stock reasons: when the quantity is below what open orders hold at that location, or
     * on hand is not {@code expectedOnHand}, nothing changes and the answer says so (the caller's transaction stays
     * usable).
     *
     * @param quantity       not negative.
     * @param expectedOnHand the on hand the caller planned against (compared under the row's lock), or
     *                       {@literal null} to set it whatever it is.
     */
    FeedStockUpdate setFeedStock(UUID vendorId, UUID productId, int quantity, Integer expectedOnHand, Actor actor);

    /**
     * @return the stock of each requested product, totalled across locations; every requested id is present
     *         ({@link StockLevel#none(UUID)} when the product has no stock).
     */
    Map<UUID, StockLevel> levels(UUID vendorId, Collection<UUID> productIds);

    /**
     * The vendor's products running out: those whose stock rows total at most {@code threshold} available units,
     * lowest first (products without any stock row are not tracked and not listed).
     *
     * @param limit 1 to 100.
     */
    List<StockLevel> lowStock(UUID vendorId, int threshold, int limit);

    /** @return the available quantity of each requested product (0 when it has no stock); every id is present. */
    default Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds) {
        Map<UUID, Integer> result = new java.util.LinkedHashMap<>();
        levels(vendorId, productIds).forEach((id, level) -> result.put(id, level.available()));
        return result;
    }

    /**
     * Receives units into stock: a {@code RECEIPT} movement, creating the stock row when needed.
     *
     * @param location a location's id or code (case-insensitive); {@literal null} for the default location.
     * @param quantity must be positive.
     * @return the product's new totals.
     * @throws com.wizamart.sharedkernel.DomainException {@code LOCATION_NOT_FOUND}, {@code VALIDATION_FAILED}.
     */
    StockLevel receive(UUID vendorId, UUID productId, String location, int quantity, String reason, Actor actor);

    /**
     * Corrects the on-hand quantity by {@code adjustment} (an {@code ADJUSTMENT} movement), creating the stock row
     * when needed.
     *
     * @param location   a location's id or code; {@literal null} for the default location.
     * @param adjustment signed, not zero.
     * @return the product's new totals.
     * @throws com.wizamart.sharedkernel.DomainException {@code INSUFFICIENT_INVENTORY} when on hand would drop below
     *         what is reserved (or below zero), {@code LOCATION_NOT_FOUND}, {@code VALIDATION_FAILED}.
     */
    StockLevel adjust(UUID vendorId, UUID productId, String location, int adjustment, String reason, Actor actor);

    /**
     * Takes a product out of inventory because it left the catalog, in the caller's transaction: its stock rows are
     * deleted, so lists no longer show it and publishing its source again starts from one fresh row. The units the
     * rows still held leave with one {@code ADJUSTMENT} movement per row (to 0, by {@code actor}); the product's
     * movements stay, as history. Nothing happens for a product without stock rows.
     *
     * @param actor who removed the product; {@link Actor#system()} for background work.
     * @return how many stock rows were removed.
     * @throws com.wizamart.sharedkernel.DomainException {@code PRODUCT_STOCK_RESERVED} (409, with {@code reserved})
     *         when open orders hold units of the product: it stays until they are shipped or cancelled.
     */
    int removeProduct(UUID vendorId, UUID productId, Actor actor);
}
