package com.wizamart.media.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.application.port.out.ImageProcessor.DecodedImage;
import com.wizamart.media.application.port.out.MediaJobQueue;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.application.port.out.ObjectStore.StoredObject;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageStatus;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.MediaObject;
import com.wizamart.media.domain.ObjectKeys;
import com.wizamart.media.domain.StoredVariant;
import com.wizamart.media.domain.Variant;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorScope;

/**
 * Makes an object's display variants from its stored original (a job). Idempotent: a job whose attempt is no longer
 * the object's (a later one was handed over) or whose object is done does nothing, and making them twice writes the
 * same files under the same names. The original is decoded again here, under the same limits as when it was taken.
 * A store that fails, or a processor too busy, is tried again later with back-off (1, 4, 16 minutes), then the object
 * is {@code FAILED} with that code; an original that cannot be processed is {@code FAILED} at once. A new upload of
 * the same content makes them again.
 */
@Service
public class VariantMaking {

    /** Attempts after the first, per round. */
    static final int MAX_RETRIES = 3;

    private static final Logger log = LoggerFactory.getLogger(VariantMaking.class);

    private final MediaRecords records;
    private final ObjectStore store;
    private final ImageProcessor processor;
    private final VendorScope vendorScope;
    private final MediaJobQueue jobs;
    private final MediaClock clock;

    VariantMaking(MediaRecords records, ObjectStore store, ImageProcessor processor, VendorScope vendorScope,
                  MediaJobQueue jobs, MediaClock clock) {
        this.records = records;
        this.store = store;
        this.processor = processor;
        this.vendorScope = vendorScope;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** @return whether variants were made now. */
    public boolean make(UUID vendorId, UUID objectId, int attempt) {
        Optional<MediaObject> found = vendorScope.callAs(vendorId, () -> records.findObject(objectId)
                .filter(o -> o.variantsStatus() == ImageStatus.PENDING
                        && records.variantsAttempt(objectId) == attempt));
        if (found.isEmpty()) {
            return false;
        }
        MediaObject object = found.get();
        List<StoredVariant> stored = new ArrayList<>();
        try {
            byte[] original;
            try (StoredObject file = store.get(object.originalKey()).orElseThrow(MediaException::fileNotFound)) {
                original = file.readAllBytes();
            }
            DecodedImage decoded = processor.inspect(original, ImageLimits.defaults());
            for (Variant variant : processor.variants(decoded)) {
                store.put(ObjectKeys.variant(vendorId, object.hash(), variant.fileName()), variant.openStream(),
                        variant.length(), variant.contentType());
                stored.add(StoredVariant.of(variant));
            }
        } catch (DomainException e) {
            failed(vendorId, objectId, e);
            return false;
        }
        vendorScope.runAs(vendorId, () -> records.markVariantsReady(objectId, stored));
        return true;
    }

    private void failed(UUID vendorId, UUID objectId, DomainException e) {
        if (e.kind() == DomainException.Kind.UNAVAILABLE) {
            Instant now = clock.now();
            Optional<MediaRecords.Retry> next = vendorScope.callAs(vendorId,
                    () -> records.retryVariants(objectId, MAX_RETRIES, now));
            if (next.isPresent()) {
                Instant at = now.plus(RetryDelays.before(next.get().retry()));
                log.info("The variants of media object {} (vendor {}) are tried again at {}: {}", objectId, vendorId,
                        at, e.errorCode());
                jobs.makeVariants(vendorId, objectId, next.get().attempt(), at);
                return;
            }
        }
        log.warn("The variants of media object {} (vendor {}) could not be made: {}", objectId, vendorId,
                e.errorCode());
        vendorScope.runAs(vendorId, () -> records.markVariantsFailed(objectId, e.errorCode()));
    }
}
