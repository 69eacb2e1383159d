package com.wizamart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.scheduling.Schedule;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.support.IntegrationTest;

/**
 * Recurring jobs keep one schedule across the cluster. Every instance registers the application's recurring jobs when
 * it starts; a schedule that depended on when that happened (an interval, which JobRunr counts from the registration)
 * moved with every start and ran the job once more in the period of the start.
 */
@IntegrationTest
class RecurringJobsIntegrationTests {

    @Autowired
    StorageProvider storage;

    @Test
    void anInstanceStartingLaterLeavesEveryRecurringJobOnItsSchedule() {
        Map<String, RecurringJob> registered = storage.getRecurringJobs().stream()
                .collect(Collectors.toMap(RecurringJob::getId, Function.identity()));
        Instant firstStart = Instant.parse("2026-12-07T10:00:00.250Z");
        Instant laterStart = firstStart.plusSeconds(23);
        Instant now = firstStart.plus(Duration.ofHours(5)).plusSeconds(5);
        for (String id : List.of("ordering-cancel-overdue-pending-orders", "ordering-purge-expired",
                "event-publications-resubmit-failed", "event-publications-purge-completed",
                "marketplace-requeue-stale-imports", "marketplace-fail-abandoned-imports",
                "notifications-send-due", "notifications-purge-bodies", "media-collect-unused",
                "media-collect-orphan-files", "media-resubmit-stalled")) {
            assertThat(registered).containsKey(id);
            Schedule schedule = registered.get(id).getSchedule();
            ZoneId zone = ZoneId.of(registered.get(id).getZoneId());
            assertThat(schedule.next(laterStart, now, zone)).as(id)
                    .isEqualTo(schedule.next(firstStart, now, zone));
        }
    }
}
