package com.wizamart.notifications.adapter.in.job;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.notifications.application.Retention;
import com.wizamart.notifications.application.Sending;

/**
 * Notifications' recurring work on JobRunr: a sweep each minute for messages whose attempt was never handed over (the
 * attempts themselves are jobs of their own, see {@code JobRunrSendQueue}) or whose sender died, and the hourly purge
 * of old bodies.
 */
@Component
public class NotificationJobs {

    private final Sending sending;
    private final Retention retention;

    NotificationJobs(Sending sending, Retention retention) {
        this.sending = sending;
        this.retention = retention;
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
