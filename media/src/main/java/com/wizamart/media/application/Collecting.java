package com.wizamart.media.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private static final java.time.Duration STALLED_AFTER = java.time.Duration.ofMinutes(15);

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
     * Deletes objects unused for longer than the grace period: the row and its files, in one transaction under the
     * vendor's lock (an upload of the same content waits, and then stores it anew). A store that fails leaves the
     * row, unused, for the next run (files already deleted are no error then); a reuse of it meanwhile writes what is
     * missing again. One object's failure does not stop the run.
     *
     * @return how many objects were deleted.
     */
    public int collectUnused() {
        Instant cutoff = clock.now().minus(properties.collectAfter());
        int deleted = 0;
        int failed = 0;
        List<MediaRecords.Work> batch;
        do {
            batch = vendorScope.acrossVendors("collect unused media files",
                    () -> records.collectable(cutoff, BATCH));
            for (MediaRecords.Work work : batch) {
                try {
                    boolean gone = vendorScope.callAs(work.vendorId(), () -> {
                        records.lockVendor(work.vendorId());
                        Optional<MediaObject> object = records.deleteIfUnused(work.id(), cutoff);
                        object.ifPresent(this::deleteFiles);
                        return object.isPresent();
                    });
                    if (gone) {
                        deleted++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Media object {} (vendor {}) could not be collected; next run: {}", work.id(),
                            work.vendorId(), e.toString());
                }
            }
        } while (batch.size() == BATCH && failed < BATCH);
        if (deleted > 0) {
            log.info("Deleted {} media files no product used since {}", deleted, cutoff);
        }
        return deleted;
    }

    /**
     * Deletes files in the store that belong to no object and are older than the grace period, and what writes that
     * never finished left behind (a file system store's temporary files). Each file is checked and deleted under its
     * vendor's lock, its age read again there: an upload of the same content that wrote it anew meanwhile keeps it.
     *
     * @return how many files were deleted.
     */
    public int collectOrphanFiles() {
        Instant cutoff = clock.now().minus(properties.collectAfter());
        int deleted = store.deleteAbandonedWrites(cutoff);
        try (Stream<ObjectStore.ListedObject> files = store.list("vendor/")) {
            for (ObjectStore.ListedObject file : (Iterable<ObjectStore.ListedObject>) files::iterator) {
                Optional<ObjectKeys.Owner> owner = ObjectKeys.ownerOf(file.key());
                if (owner.isEmpty() || !file.lastModified().isBefore(cutoff)) {
                    continue;
                }
                UUID vendorId = owner.get().vendorId();
                boolean removed = vendorScope.callAs(vendorId, () -> {
                    records.lockVendor(vendorId);
                    boolean orphan = !records.hasObject(owner.get().hash()) && store.stat(file.key())
                            .map(info -> info.lastModified().isBefore(cutoff)).orElse(false);
                    if (orphan) {
                        store.delete(file.key());
                    }
                    return orphan;
                });
                if (removed) {
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
     * Hands over again the variants and fetches whose attempt was handed over a quarter of an hour ago and is still
     * pending. The same attempt makes the same job id, so work still queued or running is not added twice; only a
     * hand-over that was lost (a crash between commit and hand-over) makes a job.
     *
     * @return how many were handed over (again).
     */
    public int resubmitStalled() {
        Instant now = clock.now();
        Instant before = now.minus(STALLED_AFTER);
        List<MediaRecords.Work> variants = vendorScope.acrossVendors("find media variants still pending",
                () -> records.pendingVariants(before, BATCH));
        List<MediaRecords.Work> fetches = vendorScope.acrossVendors("find media links still pending",
                () -> records.pendingFetches(before, BATCH));
        variants.forEach(w -> jobs.makeVariants(w.vendorId(), w.id(), w.attempt(), now));
        fetches.forEach(w -> jobs.fetch(w.vendorId(), w.id(), w.attempt(), now));
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
