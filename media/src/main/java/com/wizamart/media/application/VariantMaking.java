package com.wizamart.media.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.application.port.out.ImageProcessor.DecodedImage;
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
 * Makes an object's display variants from its stored original (a job). Idempotent: done objects are skipped, and
 * making them twice writes the same files under the same names. The original is decoded again here, under the same
 * limits as when it was taken (it passed them then). A store that fails is thrown to the job engine, which tries
 * again (so does a processor that is busy); an original that cannot be processed marks the object {@code FAILED} with the error code.
 */
@Service
public class VariantMaking {

    private static final Logger log = LoggerFactory.getLogger(VariantMaking.class);

    private final MediaRecords records;
    private final ObjectStore store;
    private final ImageProcessor processor;
    private final VendorScope vendorScope;

    VariantMaking(MediaRecords records, ObjectStore store, ImageProcessor processor, VendorScope vendorScope) {
        this.records = records;
        this.store = store;
        this.processor = processor;
        this.vendorScope = vendorScope;
    }

    /** @return whether variants were made now. */
    public boolean make(UUID vendorId, UUID objectId) {
        Optional<MediaObject> found = vendorScope.callAs(vendorId, () -> records.findObject(objectId));
        if (found.isEmpty() || found.get().variantsStatus() == ImageStatus.READY) {
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
            if (e.kind() == DomainException.Kind.UNAVAILABLE) {
                throw e;
            }
            log.warn("The variants of media object {} (vendor {}) could not be made: {}", objectId, vendorId,
                    e.errorCode());
            vendorScope.runAs(vendorId, () -> records.markVariantsFailed(objectId, e.errorCode()));
            return false;
        }
        vendorScope.runAs(vendorId, () -> records.markVariantsReady(objectId, stored));
        return true;
    }
}
