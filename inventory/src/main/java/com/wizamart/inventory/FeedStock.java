package com.wizamart.inventory;

import java.util.UUID;

/**
 * A product's stock at the vendor's feed location: the location whose on-hand stock a marketplace feed's quantity
 * sets (the default location unless the vendor chose another).
 *
 * @param location the feed location's code.
 * @param onHand   units on hand there (0 when the product has no stock row there).
 * @param reserved units of those held for open orders.
 */
public record FeedStock(UUID productId, String location, int onHand, int reserved) {
}
