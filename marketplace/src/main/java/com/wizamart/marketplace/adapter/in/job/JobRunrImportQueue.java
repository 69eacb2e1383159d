package com.wizamart.marketplace.adapter.in.job;

import java.util.UUID;

import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.ImportHandedOver;

/**
 * Queues each hand-over of an import ({@link ImportHandedOver}) as a JobRunr job of the hand-over's engine job id, which
 * calls {@link ImportJobHandler#run} with its own {@link JobContext}, so the runner knows which hand-over it serves.
 * JobRunr finds the handler in the application context when the job runs. Queuing an id twice runs it once.
 */
@Component
class JobRunrImportQueue {

    private final JobScheduler scheduler;

    JobRunrImportQueue(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs in the publisher's thread: a failure to queue reaches it (the dispatcher's sweep hands over again). */
    @EventListener
    void on(ImportHandedOver handOver) {
        UUID jobId = handOver.jobId();
        UUID vendorId = handOver.vendorId();
        scheduler.<ImportJobHandler>enqueue(handOver.engineJobId(), handler -> handler.run(jobId, vendorId,
                JobContext.Null));
    }
}
