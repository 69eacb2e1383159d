package com.wizamart.marketplace.adapter.in.job;

import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.jobs.context.JobContext;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.ImportDispatcher;
import com.wizamart.marketplace.application.ImportRunner;

/**
 * The bridge from JobRunr: each hand-over of an import ({@link JobRunrImportQueue}) is a JobRunr job calling
 * {@link #run(UUID, UUID, JobContext)} on one worker of one instance; JobRunr retries it with back-off and runs it
 * again, under the same id, when its instance died. The marketplace's own job row stays the source of truth for
 * status and progress, and decides which hand-over may run the import ({@link ImportDispatcher}).
 */
@Component
public class ImportJobHandler {

    private final ImportRunner runner;
    private final ImportDispatcher dispatcher;

    ImportJobHandler(ImportRunner runner, ImportDispatcher dispatcher) {
        this.runner = runner;
        this.dispatcher = dispatcher;
    }

    /** Called by JobRunr: runs the import as the JobRunr job of the context's id. */
    @Job(name = "Marketplace import %0", retries = 3)
    public void run(UUID jobId, UUID vendorId, JobContext context) {
        runner.run(jobId, vendorId, context.getJobId());
    }

    /**
     * Called by JobRunr for jobs queued before hand-overs carried their context: those were queued under the import's
     * own id.
     */
    @Job(name = "Marketplace import %0", retries = 3)
    public void run(UUID jobId, UUID vendorId) {
        runner.run(jobId, vendorId, jobId);
    }

    /**
     * Imports whose hand-over was lost (the instance died between committing and handing over, or after ending one of
     * the vendor's imports) or whose running JobRunr job failed for good are handed over again.
     */
    @Recurring(id = "marketplace-requeue-stale-imports", cron = "* * * * *")
    @Job(name = "Re-queue stale marketplace imports")
    public void requeueStale() {
        dispatcher.handOverStale();
    }
}
