package com.wizamart.media.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.ProductImageLinks;
import com.wizamart.media.application.port.out.MediaJobQueue;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.config.MediaImagesProperties;
import com.wizamart.media.domain.ImageSource;
import com.wizamart.media.domain.ImageStatus;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.tenancy.VendorScope;

/**
 * Keeps a product's feed images in line with its image links, when the catalog says the product was published,
 * changed or removed: a new link becomes an image to fetch (at the end of the order), a link gone takes its image with
 * it, a removed product takes all its images. Links already fetched are asked again, with their {@code ETag}, when the
 * product comes from a feed again ({@code recheck}) and their last fetch failed or is older than
 * {@code wizamart.media.images.recheck-after}. Fetches run as jobs once the change committed.
 * Idempotent: an event delivered twice finds nothing left to change.
 */
@Service
public class FeedImageSync {

    /** Longest link kept (the column's size); a longer one is not fetched. */
    static final int MAX_LINK_LENGTH = 2048;

    private final ProductImageLinks products;
    private final MediaRecords records;
    private final MediaJobQueue jobs;
    private final VendorScope vendorScope;
    private final MediaImagesProperties properties;
    private final MediaClock clock;

    FeedImageSync(ProductImageLinks products, MediaRecords records, MediaJobQueue jobs, VendorScope vendorScope,
                  MediaImagesProperties properties, MediaClock clock) {
        this.products = products;
        this.records = records;
        this.jobs = jobs;
        this.vendorScope = vendorScope;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param recheck whether fetched links are due to be asked again (the product was published or refreshed from
     *                its feed).
     */
    public void sync(UUID vendorId, UUID productId, boolean recheck) {
        Optional<List<String>> links = products.imageLinks(vendorId, productId);
        if (links.isEmpty()) {
            removed(vendorId, productId);
            return;
        }
        Set<String> wanted = new LinkedHashSet<>();
        links.get().stream().filter(l -> l != null && !l.isBlank() && l.length() <= MAX_LINK_LENGTH)
                .map(String::strip).forEach(wanted::add);
        Instant now = clock.now();
        List<UUID> toFetch = vendorScope.callAs(vendorId, () -> {
            records.lockVendor(vendorId);
            List<UUID> fetch = new ArrayList<>();
            List<UUID> released = new ArrayList<>();
            Set<String> present = new LinkedHashSet<>();
            for (ProductImage image : records.images(productId)) {
                if (image.source() != ImageSource.FEED) {
                    continue;
                }
                if (!wanted.contains(image.sourceUrl())) {
                    records.deleteImage(productId, image.id()).ifPresent(released::add);
                    continue;
                }
                present.add(image.sourceUrl());
                if (due(image, recheck, now)) {
                    records.markFetchPending(image.id(), now);
                    fetch.add(image.id());
                }
            }
            for (String link : wanted) {
                if (!present.contains(link)) {
                    UUID imageId = UUID.randomUUID();
                    records.appendImage(vendorId, imageId, productId, ImageSource.FEED, link, null, now);
                    fetch.add(imageId);
                }
            }
            records.markUnusedWhereOrphaned(released, now);
            return fetch;
        });
        toFetch.forEach(imageId -> jobs.fetch(vendorId, imageId));
    }

    private boolean due(ProductImage image, boolean recheck, Instant now) {
        if (!recheck) {
            return false;
        }
        return image.fetchStatus() == ImageStatus.FAILED || image.fetchStatus() == ImageStatus.READY
                && (image.fetchedAt() == null
                || image.fetchedAt().isBefore(now.minus(properties.recheckAfter())));
    }

    private void removed(UUID vendorId, UUID productId) {
        vendorScope.runAs(vendorId, () -> {
            records.lockVendor(vendorId);
            records.markUnusedWhereOrphaned(records.deleteImagesOf(productId), clock.now());
        });
    }
}
