package com.wizamart.media.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.media.application.port.out.ImageProcessor.DecodedImage;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.config.MediaImagesProperties;
import com.wizamart.media.domain.ImageStatus;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.MediaObject;
import com.wizamart.media.domain.ObjectKey;
import com.wizamart.media.domain.ObjectKeys;
import com.wizamart.media.domain.PixelSize;

/**
 * Takes an accepted original into a vendor's store, in two steps. {@link #prepare} writes the original to the object
 * store before any transaction (no network or disk write holds a connection or the vendor's lock); its name is its
 * content, so writing it again is harmless. {@link #take}, in the caller's vendor-bound transaction under
 * {@link MediaRecords#lockVendor} (quota checks and reuse by content see every other upload, fetch and collection of
 * the vendor as done or not begun), finds the vendor's object of the same content, or makes one within the quota.
 * A reused object that was unused, whose variants failed, or whose original is missing from the store (a collection
 * that deleted files but not its row, an operator's restore) is made whole again: its original written anew if
 * missing and its variants made again. A row that does not commit leaves its original behind in the object store,
 * under the name the same content would get again; the daily orphan sweep deletes it once it is old.
 */
@Component
class Intake {

    private final MediaRecords records;
    private final ObjectStore store;
    private final MediaImagesProperties properties;
    private final MediaClock clock;

    Intake(MediaRecords records, ObjectStore store, MediaImagesProperties properties, MediaClock clock) {
        this.records = records;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the original unless the store has it already; outside any transaction. */
    void prepare(UUID vendorId, Accepted image) {
        ObjectKey key = ObjectKeys.original(vendorId, image.hash(), image.type());
        if (!store.exists(key)) {
            store.put(key, image.original(), image.type().contentType());
        }
    }

    /**
     * @return the object, and the attempt at its variants to hand over once the transaction commits (0: none).
     * @throws com.wizamart.media.domain.MediaException {@code MEDIA_QUOTA_COUNT_EXCEEDED},
     *         {@code MEDIA_QUOTA_BYTES_EXCEEDED}, {@code MEDIA_STORE_UNAVAILABLE}.
     */
    Taken take(UUID vendorId, Accepted image) {
        ObjectKey key = ObjectKeys.original(vendorId, image.hash(), image.type());
        Optional<MediaObject> existing = records.findObject(image.hash());
        if (existing.isPresent()) {
            MediaObject object = existing.get();
            boolean wasUnused = records.markUsed(object.id());
            boolean missing = !store.exists(object.originalKey());
            if (missing) {
                store.put(object.originalKey(), image.original(), object.type().contentType());
            }
            if (wasUnused || missing || object.variantsStatus() == ImageStatus.FAILED) {
                return new Taken(object.id(), records.resetVariants(object.id(), clock.now()));
            }
            return new Taken(object.id(), 0);
        }
        properties.quota().checkRoomFor(records.usage(), image.original().length);
        if (!store.exists(key)) {
            // deleted since prepare() by a collection of the same content, which held the lock meanwhile
            store.put(key, image.original(), image.type().contentType());
        }
        MediaObject object = new MediaObject(UUID.randomUUID(), vendorId, image.hash(), image.type(), image.size(),
                image.original().length, ImageStatus.PENDING, null, null);
        records.insertObject(object, clock.now());
        return new Taken(object.id(), 1);
    }

    /**
     * An original that passed the processor's checks, without its decoded pixels (they are let go at once: variants
     * are made later, from the stored original).
     *
     * @param type     its format, from its bytes.
     * @param size     its width and height.
     * @param hash     the SHA-256 of its bytes.
     * @param original its bytes as received.
     */
    record Accepted(ImageType type, PixelSize size, MediaHash hash, byte[] original) {

        static Accepted of(DecodedImage image) {
            return new Accepted(image.type(), image.size(), image.contentHash(), image.original());
        }
    }

    /**
     * @param objectId        the object holding the content.
     * @param variantsAttempt the attempt at its variants to hand over; 0 when they are made or being made already.
     */
    record Taken(UUID objectId, int variantsAttempt) {

        boolean variantsDue() {
            return variantsAttempt > 0;
        }
    }
}
