package com.wizamart.marketplace.spi;

/** Whether a product can be ordered, normalized from whatever words a feed uses. */
public enum FeedAvailability { IN_STOCK, OUT_OF_STOCK, PREORDER, BACKORDER }
