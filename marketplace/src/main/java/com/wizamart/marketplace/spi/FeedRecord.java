package com.wizamart.marketplace.spi;

/** One record of a feed: a normalized product or a row that could not be used. */
public sealed interface FeedRecord permits FeedProduct, FeedRowError {

    /** 1-based number of the record's first line in the file (the header is line 1). */
    long row();
}
