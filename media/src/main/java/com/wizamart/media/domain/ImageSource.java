package com.wizamart.media.domain;

/** Where a product's image came from. */
public enum ImageSource {
    /** An image link of the product ({@code images}: from its feed, or as the vendor edited them); fetched. */
    FEED,
    /** A file the vendor's team uploaded. */
    UPLOAD
}
