package com.wizamart.inventory.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.application.port.in.StockQuery;
import com.wizamart.inventory.application.port.in.StockView;
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
}
