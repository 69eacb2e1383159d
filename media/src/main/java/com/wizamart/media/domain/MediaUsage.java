package com.wizamart.media.domain;

/**
 * What a vendor stores now, against its {@link MediaQuota}.
 *
 * @param images       distinct originals stored (those no product uses any more too, until they are collected).
 * @param bytes        their bytes, variants included.
 * @param unusedImages of {@code images}, those no product uses any more (deleted after the grace period).
 */
public record MediaUsage(long images, long bytes, long unusedImages) {

    /** Usage of which nothing is unused. */
    public MediaUsage(long images, long bytes) {
        this(images, bytes, 0);
    }
}
