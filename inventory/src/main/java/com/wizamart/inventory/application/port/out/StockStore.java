package com.wizamart.inventory.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.domain.StockItem;

/**
 * The bound vendor's stock rows. Writers lock before they change: {@code lock*} methods take row locks
 * ({@code FOR UPDATE}) that hold until the transaction ends, always in the order (product, location), so concurrent
 * writers queue instead of deadlocking and every decision is made on the latest committed figures.
 */
public interface StockStore {

    /** Inserts the row unless the product has one at that location; @return whether it was inserted. */
    boolean insertIfAbsent(StockItem item);

    Optional<StockItem> lock(UUID id);

    Optional<StockItem> lock(UUID productId, UUID locationId);

    /** Locks every stock row of the given products (all locations). */
    List<StockItem> lockProducts(Collection<UUID> productIds);

    /** @return the given products' rows at one location (unlocked); products without a row there are absent. */
    Map<UUID, StockItem> atLocation(Collection<UUID> productIds, UUID locationId);

    /** Writes on hand and reserved of a locked row. */
    void update(StockItem item);

    /** Deletes a locked row (its movements stay). */
    void delete(UUID id);

    /** @return whether the product has a stock row at any location. */
    boolean exists(UUID productId);

    /** @return totals per product over all locations; products without stock rows are absent. */
    Map<UUID, StockLevel> totals(Collection<UUID> productIds);

    /** @return products whose total available is at most {@code threshold}, lowest first. */
    List<StockLevel> lowest(int threshold, int limit);

    Page<StockView> search(StockQuery query, Pageable pageable);

    Optional<StockView> view(UUID id);

    /** @return the product's rows, in location taking order. */
    List<StockView> viewsOfProduct(UUID productId);

    /**
     * Filters of the stock list; {@literal null} means "any".
     *
     * @param lowStock rows whose available quantity is at or below this threshold.
     */
    record StockQuery(UUID productId, UUID locationId, Integer lowStock) {
    }

    /**
     * A stock row with its location, as lists and views show it.
     *
     * @param sku  the product's SKU in the catalog; {@literal null} as the store reads it (the application adds it,
     *             {@link #withProduct}) and when the catalog does not have the product.
     * @param name the product's name in its default language; {@literal null} as {@code sku}.
     */
    record StockView(UUID id, UUID productId, String sku, String name, UUID locationId, String locationCode,
                     String locationName, boolean defaultLocation, int priority, int onHand, int reserved,
                     Instant updatedAt) {

        public int available() {
            return onHand - reserved;
        }

        /** @return this row named by the catalog's product. */
        public StockView withProduct(ProductDirectory.Label product) {
            return product == null ? this : new StockView(id, productId, product.sku(), product.name(), locationId,
                    locationCode, locationName, defaultLocation, priority, onHand, reserved, updatedAt);
        }
    }
}
