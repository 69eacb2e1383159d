package com.wizamart.marketplace.spi;

/** One record of a feed: a normalized product or a record that could not be used. */
public sealed interface FeedRecord permits FeedProduct, FeedRowError {

    /**
     * Where the record starts in the source, 1-based, for the vendor to find it: the line of its first line in a
     * text feed (the header is line 1), the line of its element's start tag in an XML feed.
     */
    long position();
}
