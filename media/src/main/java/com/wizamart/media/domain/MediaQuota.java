package com.wizamart.media.domain;

/**
 * What one vendor may store: images (distinct originals in use) and bytes (originals and their variants), and how
 * many images one product may have and one upload may bring. Unused files (no product uses them any more) count
 * until they are deleted, after a grace period: deleting and uploading again does not make room.
 *
 * @param maxImages     stored originals, at most; positive.
 * @param maxBytes      bytes of originals and variants, at most; positive.
 * @param perProduct    images of one product, at most; positive.
 * @param perUpload     files in one upload request, at most; positive.
 */
public record MediaQuota(long maxImages, long maxBytes, int perProduct, int perUpload) {

    public MediaQuota {
        if (maxImages <= 0 || maxBytes <= 0 || perProduct <= 0 || perUpload <= 0) {
            throw new IllegalArgumentException("Media quotas are positive: " + maxImages + " images, " + maxBytes
                    + " bytes, " + perProduct + " per product, " + perUpload + " per upload");
        }
    }

    /**
     * Checks that one more original of {@code bytes} fits (its variants are counted once made: they are smaller than
     * the original in all but tiny images).
     *
     * @throws MediaException {@code MEDIA_QUOTA_COUNT_EXCEEDED} or {@code MEDIA_QUOTA_BYTES_EXCEEDED}.
     */
    public void checkRoomFor(MediaUsage usage, long bytes) {
        if (usage.images() + 1 > maxImages) {
            throw MediaException.quotaCountExceeded(maxImages);
        }
        if (usage.bytes() + bytes > maxBytes) {
            throw MediaException.quotaBytesExceeded(maxBytes, usage.bytes());
        }
    }

    /**
     * @throws MediaException {@code MEDIA_PRODUCT_IMAGES_LIMIT} when a product with {@code existing} images cannot take
     *                        {@code adding} more.
     */
    public void checkProductRoom(int existing, int adding) {
        if (existing + adding > perProduct) {
            throw MediaException.productImagesLimit(perProduct, existing);
        }
    }
}
