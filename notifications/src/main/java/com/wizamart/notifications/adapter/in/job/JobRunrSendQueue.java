package com.wizamart.notifications.adapter.in.job;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.notifications.application.port.out.SendQueue;

/**
 * Each attempt at a message is a JobRunr job whose id is derived from the message and the attempt number, so handing
 * the same attempt over twice runs it once; the attempt itself claims the row, so a sweep and a job on the same
 * message send it once.
 */
@Component
class JobRunrSendQueue implements SendQueue {

    private final JobScheduler scheduler;

    JobRunrSendQueue(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void submit(UUID messageId, UUID vendorId, int attempt, Instant at) {
        UUID jobId = UUID.nameUUIDFromBytes(("notification:" + messageId + ":" + attempt)
                .getBytes(StandardCharsets.UTF_8));
        scheduler.<NotificationJobs>schedule(jobId, at, jobs -> jobs.send(messageId, vendorId));
    }
}
