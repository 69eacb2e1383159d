package com.wizamart.inventory;

/**
 * What became of setting a product's on-hand stock at the feed location to a feed's quantity
 * ({@link StockLevels#setFeedStock}). A refusal is an answer, not an exception, so the caller's transaction stays
 * usable for its other products.
 *
 * @param result   what happened.
 * @param location the feed location's code.
 * @param before   on hand there before (when {@code CHANGED_SINCE}: now).
 * @param after    on hand there after (equal to {@code before} unless {@code SET}).
 * @param reserved units held there for open orders.
 */
public record FeedStockUpdate(Result result, String location, int before, int after, int reserved) {

    /** The outcome of one setting. */
    public enum Result {
        /** On hand was set to the quantity (one {@code IMPORT} movement of the difference). */
        SET,
        /** On hand was the quantity already: nothing recorded. */
        UNCHANGED,
        /** On hand is not what the caller expected (it changed since the caller looked): nothing changed. */
        CHANGED_SINCE,
        /** The quantity is below what open orders hold at the location: nothing changed. */
        BELOW_RESERVED
    }

    /** @return whether on hand now is the quantity asked for. */
    public boolean holds() {
        return result == Result.SET || result == Result.UNCHANGED;
    }
}
