package com.wizamart.payments.adapter.in.job;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.payments.application.AuthorizationSweep;
import com.wizamart.payments.application.Reconciliation;

/**
 * Payments' recurring work, once per period across the cluster (JobRunr, by cron): settling card authorizations before
 * they expire, and the daily reconciliation with the provider's balance.
 */
@Component
public class PaymentsJobs {

    private final AuthorizationSweep sweep;
    private final Reconciliation reconciliation;

    PaymentsJobs(AuthorizationSweep sweep, Reconciliation reconciliation) {
        this.sweep = sweep;
        this.reconciliation = reconciliation;
    }

    @Recurring(id = "payments-settle-authorizations", cron = "*/10 * * * *")
    @Job(name = "Capture or release card authorizations before they expire")
    public void settleAuthorizations() {
        sweep.settle();
    }

    @Recurring(id = "payments-reconcile", cron = "40 3 * * *")
    @Job(name = "Reconcile payments with the provider's balance")
    public void reconcile() {
        reconciliation.run();
    }
}
