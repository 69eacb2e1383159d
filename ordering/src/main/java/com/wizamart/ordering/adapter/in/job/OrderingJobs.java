package com.wizamart.ordering.adapter.in.job;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.ordering.application.Housekeeping;
import com.wizamart.ordering.application.OrderLifecycle;

/**
 * Ordering's recurring work, run once per period across the cluster by JobRunr: cancelling pending orders past
 * their hold time (which releases their stock), and forgetting idle carts and old idempotency keys.
 *
 * <p>Scheduled by cron, not by interval: JobRunr counts an interval from the moment the recurring job was registered,
 * and every instance registers it again when it starts, so each start moved the schedule and added a run.
 */
@Component
public class OrderingJobs {

    private final OrderLifecycle lifecycle;
    private final Housekeeping housekeeping;

    OrderingJobs(OrderLifecycle lifecycle, Housekeeping housekeeping) {
        this.lifecycle = lifecycle;
        this.housekeeping = housekeeping;
    }

    @Recurring(id = "ordering-cancel-overdue-pending-orders", cron = "* * * * *")
    @Job(name = "Cancel pending orders past their hold time")
    public void cancelOverdue() {
        lifecycle.cancelOverdue();
    }

    @Recurring(id = "ordering-purge-expired", cron = "17 * * * *")
    @Job(name = "Purge idle carts and old idempotency keys")
    public void purge() {
        housekeeping.purge();
    }
}
