package com.wizamart.inventory;

import java.util.UUID;

/**
 * A product's stock totalled over all of the vendor's locations.
 *
 * @param onHand    units physically in stock.
 * @param reserved  units held for open orders (never more than {@code onHand}).
 * @param available {@code onHand - reserved}: what can still be sold.
 */
public record StockLevel(UUID productId, int onHand, int reserved, int available) {

    /** A product without any stock row. */
    public static StockLevel none(UUID productId) {
        return new StockLevel(productId, 0, 0, 0);
    }
}
