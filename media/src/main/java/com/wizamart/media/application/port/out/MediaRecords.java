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
     *
     * @throws com.wizamart.media.domain.MediaException {@code MEDIA_BUSY} when the lock is not had within seconds.
     */
    void lockVendor(UUID vendorId);

    /** @return what the bound vendor stores now: its objects (also those no product uses, until collected). */
    MediaUsage usage();

    Optional<MediaObject> findObject(MediaHash hash);

    Optional<MediaObject> findObject(UUID objectId);

    /** Inserts an object whose variants are to be made: attempt 1, handed over {@code now}. */
    void insertObject(MediaObject object, Instant now);

    /**
     * The object is used again: no longer a candidate for collection.
     *
     * @return whether it was unused until now.
     */
    boolean markUsed(UUID objectId);

    /**
     * Sets the object's variants to be made again (a new round: its files may be gone or its variants failed).
     *
     * @return the attempt to hand over.
     */
    int resetVariants(UUID objectId, Instant now);

    /**
     * A next attempt at the object's variants, unless the round had {@code maxRetries} retries already.
     *
     * @return the attempt to hand over; empty when the round is used up.
     */
    Optional<Retry> retryVariants(UUID objectId, int maxRetries, Instant now);

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

    /** @return the attempt of the image's fetch handed over last ({@code FEED}), 0 when none. */
    int fetchAttempt(UUID imageId);

    /** @return the attempt of the object's variants handed over last. */
    int variantsAttempt(UUID objectId);

    /**
     * Adds an image at the end of the product's order; the main one when the product had none. A {@code FEED} image's
     * fetch is pending at attempt 1, handed over {@code now}.
     */
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

    /**
     * A next attempt at the link, its last failure recorded, unless the round had {@code maxRetries} retries already
     * (or the image is gone, or its link changed).
     *
     * @return the attempt to hand over; empty when there is none.
     */
    Optional<Retry> retryFetch(UUID imageId, String sourceUrl, String errorCode, int maxRetries, Instant now);

    /**
     * Sets the image's fetch pending again, a new round (a link to check anew).
     *
     * @return the attempt to hand over.
     */
    int markFetchPending(UUID imageId, Instant now);

    /**
     * Across vendors: objects whose variants are pending, their attempt handed over before {@code before} (maybe
     * lost, maybe still queued), oldest hand-over first.
     */
    List<Work> pendingVariants(Instant before, int limit);

    /** Across vendors: feed images whose fetch is pending, handed over before {@code before}. */
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
     * A next attempt of a round of work.
     *
     * @param attempt the attempt to hand over.
     * @param retry   which retry of the round it is, from 1.
     */
    record Retry(int attempt, int retry) {
    }

    /**
     * A row to work on, and its vendor.
     *
     * @param id       the object's or the image's id.
     * @param vendorId its vendor.
     * @param attempt  the attempt handed over last.
     */
    record Work(UUID id, UUID vendorId, int attempt) {
    }
}
