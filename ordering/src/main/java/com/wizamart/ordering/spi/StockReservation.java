package com.wizamart.ordering.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reserving stock for orders. Implemented by inventory. All operations are idempotent per order reference, run in
 * the caller's transaction (so checkout reserves stock in the transaction that writes the order), and never let
 * available stock go below zero, whatever the concurrency.
 */
public interface StockReservation {

    /**
     * Reserves all lines or nothing. A line that may be backordered ({@link ReservationLine#backorder()}) is never
     * short: it takes what is available (possibly nothing), and the rest is answered as backordered.
     *
     * @param orderReference unique per vendor, e.g. the order number; reserving the same reference again answers the
     *                       first outcome without reserving twice.
     * @return the outcome; when short, nothing was reserved and the short lines are named.
     */
    ReservationResult reserve(UUID vendorId, String orderReference, List<ReservationLine> lines);

    /**
     * Adds units to the open reservation of {@code orderReference}: the backordered units of an order, once they are in
     * stock. All lines or nothing, never beyond what is available ({@link ReservationLine#backorder()} is ignored);
     * release, commit and restock then act on them with the rest. Nothing happens for a reservation that is not open
     * (answered as reserved).
     *
     * @return the outcome; when short, nothing was added and the short lines are named.
     */
    ReservationResult fill(UUID vendorId, String orderReference, List<ReservationLine> lines);

    /** Gives reserved stock back (order cancelled). Nothing happens when nothing is reserved. */
    void release(UUID vendorId, String orderReference);

    /** Turns the reservation into a sale: stock leaves (order shipped). Nothing happens the second time. */
    void commit(UUID vendorId, String orderReference);

    /**
     * Puts sold units back into stock (order refunded, goods returned): the units a committed reservation took go back
     * where they came from. Commits an open reservation first; nothing happens the second time, nor for a released
     * or unknown reference.
     */
    void restock(UUID vendorId, String orderReference);

    /**
     * @return the units of each product available to sell now (on hand minus reserved, over all locations); every
     *         requested id is present (0 without stock). A snapshot for showing carts: only {@link #reserve} decides.
     */
    Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds);

    /**
     * One line to reserve.
     *
     * @param backorder whether the units beyond the available stock may be backordered (a preorder or backorder
     *                  product) instead of making the line short.
     */
    record ReservationLine(UUID productId, int quantity, boolean backorder) {

        public ReservationLine {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive");
            }
        }

        /** A line reserved in full or not at all. */
        public ReservationLine(UUID productId, int quantity) {
            this(productId, quantity, false);
        }
    }

    /**
     * @param reserved    whether every line was reserved.
     * @param shortLines  the lines that could not be served, with what is available.
     * @param backordered per product of a backorder line, the units not held because no stock was available; absent
     *                    when none.
     */
    record ReservationResult(boolean reserved, List<ShortLine> shortLines, Map<UUID, Integer> backordered) {

        public ReservationResult {
            shortLines = List.copyOf(shortLines);
            backordered = Map.copyOf(backordered);
        }

        public ReservationResult(boolean reserved, List<ShortLine> shortLines) {
            this(reserved, shortLines, Map.of());
        }
    }

    /** A line short of stock. */
    record ShortLine(UUID productId, int requested, int available) {
    }
}
