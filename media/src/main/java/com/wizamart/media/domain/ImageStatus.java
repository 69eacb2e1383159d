package com.wizamart.media.domain;

/** How far a product's image is from being shown. */
public enum ImageStatus {
    /** Being fetched (a feed link), or its display variants are being made. */
    PENDING,
    /** Its display variants are stored: the shop shows it. */
    READY,
    /** The link could not be fetched or the file not processed; the image's error code says why. */
    FAILED
}
