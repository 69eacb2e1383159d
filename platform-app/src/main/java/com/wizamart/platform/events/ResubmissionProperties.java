package com.wizamart.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed event publications are resubmitted ({@code wizamart.events.resubmission.*}).
 *
 * @param schedule when the recurring job (once across the cluster) looks for failed publications: a cron expression
 *                 (five fields, or six with seconds first), which JobRunr reads from the same key when it schedules
 *                 the job. A cron, not an interval: JobRunr counts an interval from the job's registration, which
 *                 every instance start repeats.
 * @param minAge   a failed publication is resubmitted once it was published at least this long ago, so a listener
 *                 that failed a moment ago is not run again at once.
 */
@ConfigurationProperties("wizamart.events.resubmission")
public record ResubmissionProperties(@DefaultValue("* * * * *") String schedule, @DefaultValue("PT1M") Duration minAge) {
}
