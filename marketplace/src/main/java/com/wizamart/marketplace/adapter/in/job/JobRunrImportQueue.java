package com.wizamart.marketplace.adapter.in.job;

import java.util.UUID;

import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.port.out.JobQueue;

/**
 * Imports handed to JobRunr: each hand-over is a JobRunr job that calls {@link ImportJobHandler#run} with its own
 * {@link JobContext}, so the runner knows which hand-over it serves. JobRunr finds the handler in the application
 * context when the job runs (it is not referenced here, which keeps the handler free to use the runner).
 */
@Component
class JobRunrImportQueue implements JobQueue {

    private final JobScheduler scheduler;

    JobRunrImportQueue(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void enqueue(UUID engineJobId, UUID jobId, UUID vendorId) {
        scheduler.<ImportJobHandler>enqueue(engineJobId, handler -> handler.run(jobId, vendorId, JobContext.Null));
    }
}
