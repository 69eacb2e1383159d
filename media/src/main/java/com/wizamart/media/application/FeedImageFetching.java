package com.wizamart.media.application;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.wizamart.media.application.port.out.ImageFetcher;
import com.wizamart.media.application.port.out.ImageProcessor;
import com.wizamart.media.application.port.out.MediaJobQueue;
import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.ImageSource;
import com.wizamart.media.domain.MediaFetchException;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorScope;

/**
 * Fetches a product image's link (a job): through the SSRF guard, bounded in size and time, with the {@code ETag} of
 * the last fetch so an unchanged image is not transferred again. What comes back passes the same checks as an
 * upload, then is taken into the vendor's store (reused by content, within the quota). Every outcome is recorded on
 * the image: fetched, unchanged, or failed with its error code. A failure that may pass (a timeout, a 5xx) is also
 * thrown to the job engine, which tries again later; no network call runs inside a transaction.
 */
@Service
public class FeedImageFetching {

    private static final Logger log = LoggerFactory.getLogger(FeedImageFetching.class);

    private final MediaRecords records;
    private final ImageFetcher fetcher;
    private final ImageProcessor processor;
    private final Intake intake;
    private final MediaJobQueue jobs;
    private final VendorScope vendorScope;
    private final MediaClock clock;

    FeedImageFetching(MediaRecords records, ImageFetcher fetcher, ImageProcessor processor, Intake intake,
                      MediaJobQueue jobs, VendorScope vendorScope, MediaClock clock) {
        this.records = records;
        this.fetcher = fetcher;
        this.processor = processor;
        this.intake = intake;
        this.jobs = jobs;
        this.vendorScope = vendorScope;
        this.clock = clock;
    }

    /** @return how the image stands after the attempt; empty when it is gone (its link left the product). */
    public Optional<ProductImage> fetch(UUID vendorId, UUID imageId) {
        Optional<ProductImage> found = vendorScope.callAs(vendorId, () -> records.image(imageId))
                .filter(i -> i.source() == ImageSource.FEED);
        if (found.isEmpty()) {
            return found;
        }
        ProductImage image = found.get();
        String url = image.sourceUrl();
        ImageFetcher.Result result;
        try {
            result = fetcher.fetch(url, image.object() == null ? null : image.etag());
        } catch (MediaFetchException e) {
            failed(vendorId, image, e.errorCode());
            if (e.retryable()) {
                throw e;
            }
            return current(vendorId, imageId);
        }
        if (result instanceof ImageFetcher.NotModified unchanged) {
            vendorScope.runAs(vendorId,
                    () -> records.recordNotModified(imageId, url, unchanged.etag(), clock.now()));
            return current(vendorId, imageId);
        }
        ImageFetcher.Fetched fetched = (ImageFetcher.Fetched) result;
        Intake.Taken taken;
        try {
            Intake.Accepted accepted = Intake.Accepted.of(processor.inspect(fetched.bytes(), ImageLimits.defaults()));
            taken = vendorScope.callAs(vendorId, () -> {
                records.lockVendor(vendorId);
                Intake.Taken t = intake.take(vendorId, accepted);
                records.recordFetched(imageId, url, t.objectId(), fetched.etag(), clock.now())
                        .ifPresent(previous -> records.markUnusedWhereOrphaned(java.util.List.of(previous),
                                clock.now()));
                records.markUnusedWhereOrphaned(java.util.List.of(t.objectId()), clock.now());
                return t;
            });
        } catch (DomainException e) {
            failed(vendorId, image, e.errorCode());
            if (e.kind() == DomainException.Kind.UNAVAILABLE) {
                throw e;
            }
            return current(vendorId, imageId);
        }
        if (taken.created()) {
            jobs.makeVariants(vendorId, taken.objectId());
        }
        return current(vendorId, imageId);
    }

    private void failed(UUID vendorId, ProductImage image, String errorCode) {
        log.info("The image link of product {} (vendor {}, image {}) failed: {}", image.productId(), vendorId,
                image.id(), errorCode);
        vendorScope.runAs(vendorId, () -> records.recordFetchFailed(image.id(), image.sourceUrl(), errorCode,
                clock.now()));
    }

    private Optional<ProductImage> current(UUID vendorId, UUID imageId) {
        return vendorScope.callAs(vendorId, () -> records.image(imageId));
    }
}
