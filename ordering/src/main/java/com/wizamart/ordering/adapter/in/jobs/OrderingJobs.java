package com.wizamart.ordering.adapter.in.jobs;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.ordering.application.Housekeeping;
import com.wizamart.ordering.application.OrderLifecycle;

/**
 * Ordering's recurring work, run once per interval across the cluster by JobRunr: cancelling pending orders past
 * their hold time (which releases their stock), and forgetting idle carts and old idempotency keys.
 */
@Component
public class OrderingJobs {

    private final OrderLifecycle lifecycle;
    private final Housekeeping housekeeping;

    OrderingJobs(OrderLifecycle lifecycle, Housekeeping housekeeping) {
        this.lifecycle = lifecycle;
        this.housekeeping = housekeeping;
    }

    @Recurring(id = "ordering-cancel-overdue-pending-orders", interval = "PT1M")
    @Job(name = "Cancel pending orders past their hold time")
    public void cancelOverdue() {
        lifecycle.cancelOverdue();
    }

    @Recurring(id = "ordering-purge-expired", interval = "PT1H")
    @Job(name = "Purge idle carts and old idempotency keys")
    public void purge() {
        housekeeping.purge();
    }
}
