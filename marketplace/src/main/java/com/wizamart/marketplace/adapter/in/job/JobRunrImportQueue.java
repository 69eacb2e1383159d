package com.wizamart.marketplace.adapter.in.job;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.port.out.JobQueue;

/**
 * Imports handed to JobRunr: each hand-over is a JobRunr job that calls {@link ImportJobHandler#run} with its own
 * {@link JobContext}, so the runner knows which hand-over it serves. JobRunr finds the handler in the application
 * context when the job runs (it is not referenced here, which keeps the handler free to use the runner).
 */
@Component
class JobRunrImportQueue implements JobQueue {

    /** States in which JobRunr will still run the job (again). */
    private static final Set<StateName> ACTIVE = EnumSet.of(StateName.AWAITING, StateName.SCHEDULED,
            StateName.ENQUEUED, StateName.PROCESSING);

    private final JobScheduler scheduler;
    private final StorageProvider storage;

    JobRunrImportQueue(JobScheduler scheduler, StorageProvider storage) {
        this.scheduler = scheduler;
        this.storage = storage;
    }

    @Override
    public void enqueue(UUID engineJobId, UUID jobId, UUID vendorId) {
        scheduler.<ImportJobHandler>enqueue(engineJobId, handler -> handler.run(jobId, vendorId, JobContext.Null));
    }

    @Override
    public boolean isActive(UUID engineJobId) {
        try {
            return ACTIVE.contains(storage.getJobById(engineJobId).getState());
        } catch (JobNotFoundException e) {
            return false;
        }
    }
}
