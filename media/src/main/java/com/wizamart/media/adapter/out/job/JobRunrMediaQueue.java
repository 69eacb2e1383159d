package com.wizamart.media.adapter.out.job;

import java.util.UUID;

import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.media.application.FeedImageFetching;
import com.wizamart.media.application.VariantMaking;
import com.wizamart.media.application.port.out.MediaJobQueue;

/**
 * Media's work as JobRunr jobs, enqueued after the transaction that made it due has committed (the callers hand it
 * over once their transaction is over). Jobs get fresh ids: a link is fetched again on later refreshes, so an id per
 * image would let the engine drop the later job. Running one twice is harmless (both jobs are idempotent). A failing
 * job is retried by JobRunr with its back-off; a hand-over lost to a crash is made again by the stalled-work sweep.
 */
@Component
class JobRunrMediaQueue implements MediaJobQueue {

    private final JobScheduler scheduler;

    JobRunrMediaQueue(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void makeVariants(UUID vendorId, UUID objectId) {
        scheduler.<VariantMaking>enqueue(variants -> variants.make(vendorId, objectId));
    }

    @Override
    public void fetch(UUID vendorId, UUID imageId) {
        scheduler.<FeedImageFetching>enqueue(fetching -> fetching.fetch(vendorId, imageId));
    }
}
