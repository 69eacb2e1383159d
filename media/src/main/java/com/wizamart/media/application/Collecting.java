package com.wizamart.media.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.wizamart.media.application.port.out.MediaJobQueue;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.config.MediaImagesProperties;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaObject;
import com.wizamart.media.domain.ObjectKeys;
import com.wizamart.media.domain.VariantSize;
import com.wizamart.tenancy.VendorScope;

/**
 * Media's housekeeping (jobs): deletes the files no product has used for the grace period
 * ({@code wizamart.media.images.collect-after}), files in the store that no row knows of (left by a write whose
 * transaction did not commit) once as old, and hands over again work whose hand-over to the job engine was lost.
 */
@Service
public class Collecting {

    private static final Logger log = LoggerFactory.getLogger(Collecting.class);
    private static final int BATCH = 200;

    private final MediaRecords records;
    private final ObjectStore store;
    private final MediaJobQueue jobs;
    private final VendorScope vendorScope;
    private final MediaImagesProperties properties;
    private final MediaClock clock;

    Collecting(MediaRecords records, ObjectStore store, MediaJobQueue jobs, VendorScope vendorScope,
               MediaImagesProperties properties, MediaClock clock) {
        this.records = records;
        this.store = store;
        this.jobs = jobs;
        this.vendorScope = vendorScope;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Deletes objects unused for longer than the grace period: the row, then its files, in one transaction under the
     * vendor's lock (an upload of the same content waits, and then stores it anew).
     *
     * @return how many objects were deleted.
     */
    public int collectUnused() {
        Instant cutoff = clock.now().minus(properties.collectAfter());
        int deleted = 0;
        List<MediaRecords.Work> batch;
        do {
            batch = vendorScope.acrossVendors("collect unused media files",
                    () -> records.collectable(cutoff, BATCH));
            for (MediaRecords.Work work : batch) {
                Optional<MediaObject> gone = vendorScope.callAs(work.vendorId(), () -> {
                    records.lockVendor(work.vendorId());
                    Optional<MediaObject> object = records.deleteIfUnused(work.id(), cutoff);
                    object.ifPresent(this::deleteFiles);
                    return object;
                });
                if (gone.isPresent()) {
                    deleted++;
                }
            }
        } while (batch.size() == BATCH);
        if (deleted > 0) {
            log.info("Deleted {} media files no product used since {}", deleted, cutoff);
        }
        return deleted;
    }

    /**
     * Deletes files in the store that belong to no object and are older than the grace period, and what writes that
     * never finished left behind (a file system store's temporary files).
     *
     * @return how many files were deleted.
     */
    public int collectOrphanFiles() {
        Instant cutoff = clock.now().minus(properties.collectAfter());
        Map<ObjectKeys.Owner, Boolean> known = new HashMap<>();
        int deleted = store.deleteAbandonedWrites(cutoff);
        try (Stream<ObjectStore.ListedObject> files = store.list("vendor/")) {
            for (ObjectStore.ListedObject file : (Iterable<ObjectStore.ListedObject>) files::iterator) {
                if (!file.lastModified().isBefore(cutoff)) {
                    continue;
                }
                Optional<ObjectKeys.Owner> owner = ObjectKeys.ownerOf(file.key());
                if (owner.isEmpty()) {
                    continue;
                }
                boolean rowExists = known.computeIfAbsent(owner.get(), o -> vendorScope.callAs(o.vendorId(),
                        () -> records.hasObject(o.hash())));
                if (!rowExists) {
                    store.delete(file.key());
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} media files no object knew of", deleted);
        }
        return deleted;
    }

    /**
     * Hands over again the variants and fetches that have been pending for ten minutes (their job was lost).
     *
     * @return how many were handed over.
     */
    public int resubmitStalled() {
        Instant before = clock.now().minusSeconds(600);
        List<MediaRecords.Work> variants = vendorScope.acrossVendors("find media variants still pending",
                () -> records.pendingVariants(before, BATCH));
        List<MediaRecords.Work> fetches = vendorScope.acrossVendors("find media links still pending",
                () -> records.pendingFetches(before, BATCH));
        variants.forEach(w -> jobs.makeVariants(w.vendorId(), w.id()));
        fetches.forEach(w -> jobs.fetch(w.vendorId(), w.id()));
        return variants.size() + fetches.size();
    }

    private void deleteFiles(MediaObject object) {
        store.delete(object.originalKey());
        for (VariantSize size : VariantSize.values()) {
            for (ImageType format : List.of(ImageType.JPEG, ImageType.WEBP)) {
                store.delete(ObjectKeys.variant(object.vendorId(), object.hash(), size.key() + "." + format.extension()));
            }
        }
    }
}
