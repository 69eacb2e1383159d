package com.wizamart.media.application;

import java.time.Instant;
import java.util.List;
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
import com.wizamart.media.domain.ImageStatus;
import com.wizamart.media.domain.MediaFetchException;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorScope;

/**
 * Fetches a product image's link (a job): through the SSRF guard, bounded in size and time, with the {@code ETag} of
 * the last fetch so an unchanged image is not transferred again. What comes back passes the same checks as an
 * upload, then is taken into the vendor's store (reused by content, within the quota). Every outcome is recorded on
 * the image: fetched, unchanged, or failed with its error code. A failure that may pass (a timeout, a 5xx, a busy
 * store) is tried again with back-off (1, 4, 16 minutes) before the image is {@code FAILED}; a later refresh of the
 * product from its feed tries a failed link again. A job whose attempt is no longer the image's does nothing. No
 * network call or file write runs inside a transaction.
 */
@Service
public class FeedImageFetching {

    /** Attempts after the first, per round. */
    static final int MAX_RETRIES = 3;

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

    /**
     * @param attempt the attempt handed over; a job of an older one does nothing.
     * @return how the image stands after the attempt; empty when it is gone (its link left the product).
     */
    public Optional<ProductImage> fetch(UUID vendorId, UUID imageId, int attempt) {
        Optional<ProductImage> found = vendorScope.callAs(vendorId, () -> records.image(imageId)
                .filter(i -> i.source() == ImageSource.FEED && i.fetchStatus() == ImageStatus.PENDING
                        && records.fetchAttempt(imageId) == attempt));
        if (found.isEmpty()) {
            return current(vendorId, imageId);
        }
        ProductImage image = found.get();
        String url = image.sourceUrl();
        ImageFetcher.Result result;
        try {
            result = fetcher.fetch(url, image.object() == null ? null : image.etag());
        } catch (MediaFetchException e) {
            failed(vendorId, image, e.errorCode(), e.retryable());
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
            intake.prepare(vendorId, accepted);
            taken = vendorScope.callAs(vendorId, () -> {
                records.lockVendor(vendorId);
                Intake.Taken t = intake.take(vendorId, accepted);
                Instant now = clock.now();
                records.recordFetched(imageId, url, t.objectId(), fetched.etag(), now)
                        .ifPresent(previous -> records.markUnusedWhereOrphaned(List.of(previous), now));
                // the link changed meanwhile: what was taken for it may be used by nothing
                records.markUnusedWhereOrphaned(List.of(t.objectId()), now);
                return t;
            });
        } catch (DomainException e) {
            failed(vendorId, image, e.errorCode(), e.kind() == DomainException.Kind.UNAVAILABLE);
            return current(vendorId, imageId);
        }
        if (taken.variantsDue()) {
            jobs.makeVariants(vendorId, taken.objectId(), taken.variantsAttempt(), clock.now());
        }
        return current(vendorId, imageId);
    }

    private void failed(UUID vendorId, ProductImage image, String errorCode, boolean retryable) {
        Instant now = clock.now();
        if (retryable) {
            Optional<MediaRecords.Retry> next = vendorScope.callAs(vendorId,
                    () -> records.retryFetch(image.id(), image.sourceUrl(), errorCode, MAX_RETRIES, now));
            if (next.isPresent()) {
                Instant at = now.plus(RetryDelays.before(next.get().retry()));
                log.info("The image link of product {} (vendor {}, image {}) is tried again at {}: {}",
                        image.productId(), vendorId, image.id(), at, errorCode);
                jobs.fetch(vendorId, image.id(), next.get().attempt(), at);
                return;
            }
        }
        log.info("The image link of product {} (vendor {}, image {}) failed: {}", image.productId(), vendorId,
                image.id(), errorCode);
        vendorScope.runAs(vendorId, () -> records.recordFetchFailed(image.id(), image.sourceUrl(), errorCode, now));
    }

    private Optional<ProductImage> current(UUID vendorId, UUID imageId) {
        return vendorScope.callAs(vendorId, () -> records.image(imageId));
    }
}
