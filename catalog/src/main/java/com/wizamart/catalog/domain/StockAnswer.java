package com.wizamart.catalog.domain;

/**
 * What inventory answered when a feed's quantity was to become the on-hand stock at the vendor's feed location.
 *
 * @param location the feed location's code.
 * @param before   on hand there before (for {@code CHANGED_SINCE}: now).
 * @param reserved units held there for open orders.
 */
public record StockAnswer(Result result, String location, int before, int reserved) {

    /** The outcome of setting the stock. */
    public enum Result {
        /** On hand is the feed's quantity now. */
        SET,
        /** On hand was the feed's quantity already. */
        UNCHANGED,
        /** On hand changed since the refresh was planned: nothing set. */
        CHANGED_SINCE,
        /** Open orders hold more than the feed's quantity there: nothing set. */
        BELOW_RESERVED
    }
}
