package com.wizamart.media.adapter.out.job;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.media.application.FeedImageFetching;
import com.wizamart.media.application.VariantMaking;
import com.wizamart.media.application.port.out.MediaJobQueue;

/**
 * Media's work as JobRunr jobs, handed over once the transaction that made it due has committed (the callers do so
 * once their transaction is over). A job's id is derived from its row and attempt, so the same attempt handed over
 * twice is one job (JobRunr keeps the first), while a later attempt (a retry, a link due again) is a job of its own.
 * Retries are the work's own (with back-off, counted on the row), not JobRunr's: a job fails only when the database
 * does.
 */
@Component
class JobRunrMediaQueue implements MediaJobQueue {

    private final JobScheduler scheduler;

    JobRunrMediaQueue(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void makeVariants(UUID vendorId, UUID objectId, int attempt, Instant at) {
        scheduler.<VariantMaking>schedule(id("media-variants", objectId, attempt), at,
                variants -> variants.make(vendorId, objectId, attempt));
    }

    @Override
    public void fetch(UUID vendorId, UUID imageId, int attempt, Instant at) {
        scheduler.<FeedImageFetching>schedule(id("media-fetch", imageId, attempt), at,
                fetching -> fetching.fetch(vendorId, imageId, attempt));
    }

    private static UUID id(String kind, UUID row, int attempt) {
        return UUID.nameUUIDFromBytes((kind + ":" + row + ":" + attempt).getBytes(StandardCharsets.UTF_8));
    }
}
