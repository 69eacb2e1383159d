package com.wizamart.marketplace.adapter.in.job;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.ImportRunner;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.JobQueue;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.tenancy.VendorScope;

/**
 * The bridge to JobRunr: it enqueues import jobs under their own id (so a job is queued once) and JobRunr calls
 * {@link #run(UUID, UUID)} on one worker of one instance, retrying with back-off and re-running jobs whose
 * instance died. The marketplace's own job row stays the source of truth for status and progress.
 */
@Component
public class ImportJobHandler implements JobQueue {

    private final ImportRunner runner;
    private final JobScheduler scheduler;
    private final ImportJobStore jobs;
    private final VendorScope vendorScope;

    ImportJobHandler(ImportRunner runner, JobScheduler scheduler, ImportJobStore jobs, VendorScope vendorScope) {
        this.runner = runner;
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.vendorScope = vendorScope;
    }

    @Override
    public void enqueue(UUID jobId, UUID vendorId) {
        scheduler.enqueue(jobId, () -> run(jobId, vendorId));
    }

    /** Called by JobRunr. */
    @Job(name = "Marketplace import %0", retries = 3)
    public void run(UUID jobId, UUID vendorId) {
        runner.run(jobId, vendorId);
    }

    /**
     * Jobs committed but never handed to JobRunr (the instance died right after the commit) are queued again.
     * Enqueuing a job JobRunr already knows is refused by JobRunr and ignored here.
     */
    @Recurring(id = "marketplace-requeue-stale-imports", interval = "PT1M")
    @Job(name = "Re-queue stale marketplace imports")
    public void requeueStale() {
        for (ImportJob job : vendorScope.acrossVendors("re-queue stale pending imports",
                () -> jobs.pendingBefore(Instant.now().minus(Duration.ofMinutes(1))))) {
            try {
                enqueue(job.id(), job.vendorId());
            } catch (RuntimeException alreadyKnown) {
                // JobRunr has it already
            }
        }
    }
}
