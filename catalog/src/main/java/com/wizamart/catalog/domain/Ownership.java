package com.wizamart.catalog.domain;

/**
 * Who has the last word over data that both a marketplace feed and people in the platform change (a vendor's
 * setting, separately for stock and for prices).
 */
public enum Ownership {
    /** The feed is the master: each import's new value applies (except a value the vendor rejected). */
    FEED,
    /**
     * People in the platform are: the feed's value is taken once, when the product is published; later feed values
     * are recorded in the refresh's changes and never applied.
     */
    PLATFORM
}
