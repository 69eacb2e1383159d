package com.wizamart.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed event publications are resubmitted ({@code wizamart.events.resubmission.*}).
 *
 * @param interval how often the recurring job (once across the cluster) looks for failed publications; an ISO-8601
 *                 duration ({@code PT1M}), which JobRunr reads from the same key when it schedules the job.
 * @param minAge   a failed publication is resubmitted once it was published at least this long ago, so a listener
 *                 that failed a moment ago is not run again at once.
 */
@ConfigurationProperties("wizamart.events.resubmission")
public record ResubmissionProperties(@DefaultValue("PT1M") Duration interval, @DefaultValue("PT1M") Duration minAge) {
}
