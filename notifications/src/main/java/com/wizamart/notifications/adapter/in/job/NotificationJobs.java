package com.wizamart.notifications.adapter.in.job;

import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.notifications.application.Retention;
import com.wizamart.notifications.application.Sending;

/**
 * Notifications' background work on JobRunr: one job per attempt at a message (scheduled at its time by
 * {@link JobRunrSendQueue}), a sweep each minute for messages whose attempt was never handed over or whose sender
 * died, and the hourly purge of old bodies. Retries are the messages' own (with back-off, see {@link Sending}), not
 * JobRunr's: a job never fails for a mail server that is down.
 */
@Component
public class NotificationJobs {

    private final Sending sending;
    private final Retention retention;

    NotificationJobs(Sending sending, Retention retention) {
        this.sending = sending;
        this.retention = retention;
    }

    /** @param vendorId {@literal null} for a platform message. */
    @Job(name = "Send notification %0", retries = 0)
    public void send(UUID messageId, UUID vendorId) {
        sending.attempt(messageId, vendorId);
    }

    @Recurring(id = "notifications-send-due", cron = "* * * * *")
    @Job(name = "Send the notifications that are due", retries = 0)
    public void sweep() {
        sending.sweep();
    }

    @Recurring(id = "notifications-purge-bodies", cron = "23 * * * *")
    @Job(name = "Forget notification bodies past their retention time")
    public void purgeBodies() {
        retention.purgeBodies();
    }
}
