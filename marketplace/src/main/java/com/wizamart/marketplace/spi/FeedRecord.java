package com.wizamart.marketplace.spi;

/**
 * One record of a feed: a normalized product, a record that could not be used, or a record the platform holds already
 * ({@link UnchangedRecord}, only when the platform was asked).
 */
public sealed interface FeedRecord permits FeedProduct, FeedRowError, UnchangedRecord {

    /**
     * Where the record starts in the source, 1-based, for the vendor to find it: the line of its first line in a
     * text feed (the header is line 1), the line of its element's start tag in an XML feed.
     */
    long position();
}
