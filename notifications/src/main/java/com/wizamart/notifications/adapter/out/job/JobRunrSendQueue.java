package com.wizamart.notifications.adapter.out.job;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.notifications.application.Sending;
import com.wizamart.notifications.application.port.out.SendQueue;

/**
 * Each attempt at a message is a JobRunr job, run at its time, that calls {@link Sending#attempt(UUID, UUID, int)}; its
 * id is derived from the message and the attempt number, so handing the same attempt over twice runs it once. The
 * attempt itself claims the row, so a sweep and a job on the same message send it once. The job names its attempt
 * because JobRunr starts a scheduled job up to one poll interval before its time: an attempt that waited for its time
 * would find nothing due and leave the retry to the sweep, a minute or two later. Retries are the message's own (with
 * back-off): an attempt does not fail for a mail server that is down, only for a database that is (which JobRunr then
 * retries, harmlessly: the claim decides).
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
        scheduler.<Sending>schedule(jobId, at, sending -> sending.attempt(messageId, vendorId, attempt));
    }
}
