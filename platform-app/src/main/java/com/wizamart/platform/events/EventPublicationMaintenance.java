package com.wizamart.platform.events;

import java.time.Duration;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry healthy with N instances: Modulith's staleness monitor marks publications
 * that got stuck (an instance died between the commit and the listener) as failed; this recurring job, run once per
 * period across the cluster by JobRunr, resubmits failed ones that are old enough ({@link ResubmissionProperties}),
 * and purges completed ones after a week. Listeners are idempotent, so a resubmission never applies a change twice.
 * Scheduled by cron: JobRunr counts an interval from the recurring job's registration, which every instance start
 * repeats (each start would move the schedule and add a run).
 */
@Component
public class EventPublicationMaintenance {

    private static final Duration KEEP_COMPLETED = Duration.ofDays(7);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final ResubmissionProperties resubmission;

    EventPublicationMaintenance(FailedEventPublications failed, CompletedEventPublications completed,
                                ResubmissionProperties resubmission) {
        this.failed = failed;
        this.completed = completed;
        this.resubmission = resubmission;
    }

    @Recurring(id = "event-publications-resubmit-failed", cron = "${wizamart.events.resubmission.schedule:* * * * *}")
    @Job(name = "Resubmit failed event publications")
    public void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(resubmission.minAge()).withBatchSize(100)
                .withMaxInFlight(50));
    }

    @Recurring(id = "event-publications-purge-completed", cron = "43 * * * *")
    @Job(name = "Purge completed event publications")
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(KEEP_COMPLETED);
    }
}
