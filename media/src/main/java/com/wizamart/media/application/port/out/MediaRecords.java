package com.wizamart.media.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.media.domain.ImageSource;
import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.MediaObject;
import com.wizamart.media.domain.MediaUsage;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.media.domain.StoredVariant;

/**
 * Media's rows: stored originals ({@code media_objects}) and products' images ({@code media_product_images}), under
 * Row-Level Security: every call but those named "across vendors" runs bound to one vendor and sees its rows only.
 */
public interface MediaRecords {

    /**
     * Serialises the changes of one vendor's stored objects until the transaction ends (quota checks, reuse of an
     * object by content, the collector's deletes).
     */
    void lockVendor(UUID vendorId);

    /** @return what the bound vendor stores now: objects in use and their bytes. */
    MediaUsage usage();

    Optional<MediaObject> findObject(MediaHash hash);

    Optional<MediaObject> findObject(UUID objectId);

    void insertObject(MediaObject object, Instant now);

    /** The object is used again: no longer a candidate for collection. */
    void markUsed(UUID objectId);

    /** Marks those of {@code objectIds} no product image uses any more as unused since {@code now}. */
    void markUnusedWhereOrphaned(Collection<UUID> objectIds, Instant now);

    void markVariantsReady(UUID objectId, List<StoredVariant> variants);

    void markVariantsFailed(UUID objectId, String errorCode);

    /** @return the product's images in their order, with their objects. */
    List<ProductImage> images(UUID productId);

    /** @return the images of these products (of the bound vendor) whose variants are ready, main first per product. */
    List<ProductImage> readyImages(Collection<UUID> productIds);

    Optional<ProductImage> image(UUID productId, UUID imageId);

    /** @return an image by id alone (jobs). */
    Optional<ProductImage> image(UUID imageId);

    /** Adds an image at the end of the product's order; the main one when the product had none. */
    void appendImage(UUID vendorId, UUID imageId, UUID productId, ImageSource source, String sourceUrl, UUID objectId,
                     Instant now);

    /** @return the object the deleted image used, if any; the remaining images close the gap, main passes on. */
    Optional<UUID> deleteImage(UUID productId, UUID imageId);

    /** @return the objects the product's images used; the images are deleted. */
    List<UUID> deleteImagesOf(UUID productId);

    void makeMain(UUID productId, UUID imageId);

    /** @param imageIds every image of the product, once, in the new order. */
    void reorder(UUID productId, List<UUID> imageIds, Instant now);

    /**
     * Records a fetched link's object, unless the image is gone or its link changed meanwhile.
     *
     * @return the object it used before, if another one.
     */
    Optional<UUID> recordFetched(UUID imageId, String sourceUrl, UUID objectId, String etag, Instant now);

    /** Records that a link answered unchanged ({@code 304}). */
    void recordNotModified(UUID imageId, String sourceUrl, String etag, Instant now);

    /** Records a failed fetch, unless the image is gone or its link changed meanwhile. */
    void recordFetchFailed(UUID imageId, String sourceUrl, String errorCode, Instant now);

    /** Sets the image's fetch pending again (a link to check anew). */
    void markFetchPending(UUID imageId, Instant now);

    /**
     * Across vendors: objects whose variants are still pending since before {@code before} (their hand-over to the
     * job engine was lost).
     */
    List<Work> pendingVariants(Instant before, int limit);

    /** Across vendors: feed images still pending since before {@code before}. */
    List<Work> pendingFetches(Instant before, int limit);

    /** Across vendors: objects unused since before {@code cutoff}. */
    List<Work> collectable(Instant cutoff, int limit);

    /**
     * Deletes the object when it is still unused since before {@code cutoff} (call under {@link #lockVendor}).
     *
     * @return the object deleted; empty when it was used again or is gone.
     */
    Optional<MediaObject> deleteIfUnused(UUID objectId, Instant cutoff);

    /** @return whether the bound vendor has an object of this content. */
    boolean hasObject(MediaHash hash);

    /**
     * A row to work on, and its vendor.
     *
     * @param id       the object's or the image's id.
     * @param vendorId its vendor.
     */
    record Work(UUID id, UUID vendorId) {
    }
}
