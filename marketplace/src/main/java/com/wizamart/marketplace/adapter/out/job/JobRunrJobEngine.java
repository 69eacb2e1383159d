package com.wizamart.marketplace.adapter.out.job;

import java.util.UUID;

import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.port.out.JobEngine;

/** Reads a job's state from JobRunr's storage (an import's hand-over is a JobRunr job, see {@code JobRunrImportQueue}). */
@Component
class JobRunrJobEngine implements JobEngine {

    private final StorageProvider storage;

    JobRunrJobEngine(StorageProvider storage) {
        this.storage = storage;
    }

    @Override
    public Outlook outlook(UUID engineJobId) {
        try {
            return switch (storage.getJobById(engineJobId).getState()) {
                case AWAITING, SCHEDULED, ENQUEUED -> Outlook.WILL_RUN;
                case PROCESSING -> Outlook.RUNNING;
                case SUCCEEDED -> Outlook.SUCCEEDED;
                // JobRunr stores FAILED only once no retry is left (a retry is stored as SCHEDULED)
                case FAILED, DELETED -> Outlook.GAVE_UP;
            };
        } catch (JobNotFoundException e) {
            return Outlook.UNKNOWN;
        }
    }
}
