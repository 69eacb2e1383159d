package com.wizamart.marketplace.adapter.in.job;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.AbandonedImports;

/** Runs {@link AbandonedImports} every minute, once across the cluster (a recurring JobRunr job). */
@Component
public class AbandonedImportsJob {

    private final AbandonedImports abandoned;

    AbandonedImportsJob(AbandonedImports abandoned) {
        this.abandoned = abandoned;
    }

    /** Called by JobRunr. */
    @Recurring(id = "marketplace-fail-abandoned-imports", cron = "* * * * *")
    @Job(name = "Fail marketplace imports that stopped without ending")
    public void failAbandoned() {
        abandoned.failAll();
    }
}
