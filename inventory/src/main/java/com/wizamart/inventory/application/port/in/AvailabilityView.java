package com.wizamart.inventory.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Why a product is (un)available: its totals, the stock per location, the open reservations holding it and its
 * latest movements.
 *
 * @param sku         the product's SKU in the catalog ({@literal null} when the catalog does not have it).
 * @param name        the product's name in its default language ({@literal null} as {@code sku}).
 * @param status      the short answer.
 * @param explanation the answer in a sentence, for humans.
 */
public record AvailabilityView(UUID productId, String sku, String name, Status status, String explanation,
                                  int onHand, int reserved, int available, List<StockView> locations,
                                  List<HeldBy> openReservations, List<MovementView> recentMovements) {

    /** The short answer. */
    public enum Status {
        /** Units can be sold. */
        AVAILABLE,
        /** Never received: the product has no stock row at any location. */
        NO_STOCK_RECORDED,
        /** Nothing on hand at any location. */
        OUT_OF_STOCK,
        /** Units are on hand, but every one is held by an open order. */
        FULLY_RESERVED
    }

    /**
     * Units held by one open order.
     *
     * @param orderReference the order number, e.g. {@code ACME-000001}.
     * @param ageSeconds     how long the units have been held.
     */
    public record HeldBy(String orderReference, int quantity, Instant reservedAt, long ageSeconds) {
    }
}
