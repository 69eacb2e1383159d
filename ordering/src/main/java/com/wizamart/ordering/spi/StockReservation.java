package com.wizamart.ordering.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wizamart.tenancy.Actor;

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
     * @param orderReference unique per vendor: the order number (e.g. {@code ACME-000001}), which is how stock views
     *                       name the order; reserving the same reference again answers the first outcome without
     *                       reserving twice.
     * @return the outcome; when short, nothing was reserved and the short lines are named.
     */
    ReservationResult reserve(UUID vendorId, String orderReference, List<ReservationLine> lines);

    /**
     * Adds units to the open reservation of {@code orderReference}: the backordered units of an order, once they are in
     * stock. All lines or nothing, never beyond what is available ({@link ReservationLine#backorder()} is ignored);
     * release, commit and restock then act on them with the rest. Nothing happens for a reservation that is not open
     * (answered as reserved).
     *
     * A reservation that refunds before shipping released entirely is opened again. {@code actor} (who shipped) is
     * recorded with the movements.
     *
     * @return the outcome; when short, nothing was added and the short lines are named.
     */
    ReservationResult fill(UUID vendorId, String orderReference, List<ReservationLine> lines, Actor actor);

    /**
     * Gives reserved stock back (order cancelled). Nothing happens when nothing is reserved.
     *
     * @param actor who caused it (the person who cancelled the order), recorded with the stock movements;
     *              {@link Actor#system()} for the platform.
     */
    void release(UUID vendorId, String orderReference, Actor actor);

    /** As {@link #release(UUID, String, Actor)}, by the platform. */
    default void release(UUID vendorId, String orderReference) {
        release(vendorId, orderReference, Actor.system());
    }

    /**
     * Turns the reservation into a sale: stock leaves (order shipped). Nothing happens the second time.
     *
     * @param actor who caused it (the person who shipped the order), recorded with the stock movements.
     */
    void commit(UUID vendorId, String orderReference, Actor actor);

    /** As {@link #commit(UUID, String, Actor)}, by the platform. */
    default void commit(UUID vendorId, String orderReference) {
        commit(vendorId, orderReference, Actor.system());
    }

    /**
     * Puts sold units back into stock (order refunded, goods returned): the units a committed reservation took go back
     * where they came from. Commits an open reservation first; nothing happens the second time, nor for a released
     * or unknown reference.
     *
     * @param actor who caused it (the person who refunded the order), recorded with the stock movements.
     */
    void restock(UUID vendorId, String orderReference, Actor actor);

    /** As {@link #restock(UUID, String, Actor)}, by the platform. */
    default void restock(UUID vendorId, String orderReference) {
        restock(vendorId, orderReference, Actor.system());
    }

    /**
     * Puts some sold units back into stock (a partial refund with restock, a received return): each product's units
     * go back to the locations the sale took them from, in taking order (the default location first), each location
     * at most what it gave and has not had back. Commits an open reservation first. Applied once per
     * {@code restockReference}; more units than are left sold give back what is left; nothing happens for a released,
     * returned or unknown reference.
     *
     * @param restockReference unique per order reference, e.g. {@code refund:<id>}; at most 100 characters.
     */
    void restock(UUID vendorId, String orderReference, String restockReference, List<ReservationLine> lines,
                 Actor actor);

    /** As {@link #restock(UUID, String, String, List, Actor)}, by the platform. */
    default void restock(UUID vendorId, String orderReference, String restockReference, List<ReservationLine> lines) {
        restock(vendorId, orderReference, restockReference, lines, Actor.system());
    }

    /**
     * Gives back units of order lines dropped before shipping: an open reservation releases them; a committed one
     * (the shipment was handled first) returns them to stock, as they never left. Same places, once per
     * {@code releaseReference}, and the same tolerance as {@link #restock(UUID, String, String, List, Actor)}.
     */
    void release(UUID vendorId, String orderReference, String releaseReference, List<ReservationLine> lines,
                 Actor actor);

    /** As {@link #release(UUID, String, String, List, Actor)}, by the platform. */
    default void release(UUID vendorId, String orderReference, String releaseReference, List<ReservationLine> lines) {
        release(vendorId, orderReference, releaseReference, lines, Actor.system());
    }

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
