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
import com.wizamart.media.domain.ObjectKeys;
import com.wizamart.media.domain.PixelSize;

/**
 * Takes an accepted original into a vendor's store: the vendor's object of the same content when there is one (used
 * again), else a new object within the vendor's quota, its original written to the object store before its row. Runs
 * in the caller's vendor-bound transaction, under {@link MediaRecords#lockVendor}: quota checks and reuse by content
 * see every other upload, fetch and collection of the vendor as done or not begun. A row that does not commit leaves
 * its original behind in the object store, under the name the same content would get again; the collector deletes
 * such files after the grace period.
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

    /**
     * @return the object, and whether it is new (its variants are to be made once the transaction commits).
     * @throws com.wizamart.media.domain.MediaException {@code MEDIA_QUOTA_COUNT_EXCEEDED},
     *         {@code MEDIA_QUOTA_BYTES_EXCEEDED}, {@code MEDIA_STORE_UNAVAILABLE}.
     */
    Taken take(UUID vendorId, Accepted image) {
        Optional<MediaObject> existing = records.findObject(image.hash());
        if (existing.isPresent()) {
            records.markUsed(existing.get().id());
            return new Taken(existing.get().id(), false);
        }
        properties.quota().checkRoomFor(records.usage(), image.original().length);
        MediaObject object = new MediaObject(UUID.randomUUID(), vendorId, image.hash(), image.type(), image.size(),
                image.original().length, ImageStatus.PENDING, null, null);
        store.put(ObjectKeys.original(vendorId, image.hash(), image.type()), image.original(),
                image.type().contentType());
        records.insertObject(object, clock.now());
        return new Taken(object.id(), true);
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
     * @param objectId the object holding the content.
     * @param created   whether it was made now.
     */
    record Taken(UUID objectId, boolean created) {
    }
}
