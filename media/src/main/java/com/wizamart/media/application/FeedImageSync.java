package com.wizamart.media.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * it, a removed product takes all its images (links beyond the images a product may have, uploads included, are
 * not fetched). Links already fetched are asked again, with their {@code ETag}, when the
 * product comes from a feed again ({@code recheck}) and their last fetch failed or is older than
 * {@code wizamart.media.images.recheck-after}. Fetches run as jobs once the change committed.
 * Idempotent: an event delivered twice finds nothing left to change.
 */
@Service
public class FeedImageSync {

    private static final Logger log = LoggerFactory.getLogger(FeedImageSync.class);

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
        Map<UUID, Integer> toFetch = vendorScope.callAs(vendorId, () -> {
            records.lockVendor(vendorId);
            Map<UUID, Integer> fetch = new LinkedHashMap<>();
            List<UUID> released = new ArrayList<>();
            Set<String> present = new LinkedHashSet<>();
            List<ProductImage> images = records.images(productId);
            int count = images.size();
            for (ProductImage image : images) {
                if (image.source() != ImageSource.FEED) {
                    continue;
                }
                if (!wanted.contains(image.sourceUrl())) {
                    records.deleteImage(productId, image.id()).ifPresent(released::add);
                    count--;
                    continue;
                }
                present.add(image.sourceUrl());
                if (due(image, recheck, now)) {
                    fetch.put(image.id(), records.markFetchPending(image.id(), now));
                }
            }
            for (String link : wanted) {
                if (present.contains(link)) {
                    continue;
                }
                if (count >= properties.quota().perProduct()) {
                    log.info("Product {} (vendor {}) has {} images, as many as a product may: its further image "
                            + "links are not fetched", productId, vendorId, count);
                    break;
                }
                UUID imageId = UUID.randomUUID();
                records.appendImage(vendorId, imageId, productId, ImageSource.FEED, link, null, now);
                fetch.put(imageId, 1);
                count++;
            }
            records.markUnusedWhereOrphaned(released, now);
            return fetch;
        });
        toFetch.forEach((imageId, attempt) -> jobs.fetch(vendorId, imageId, attempt, now));
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
