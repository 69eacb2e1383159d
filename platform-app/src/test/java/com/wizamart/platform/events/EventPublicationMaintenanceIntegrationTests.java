package com.wizamart.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.support.IntegrationTest;

/**
 * Failed event publications are resubmitted by a recurring JobRunr job; by default every minute, once a minute old
 * (the crash tests set both shorter through {@code wizamart.events.resubmission.*}).
 */
@IntegrationTest
class EventPublicationMaintenanceIntegrationTests {

    @Autowired
    ResubmissionProperties resubmission;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failedPublicationsAreResubmittedEveryMinuteOnceAMinuteOldByDefault() {
        assertThat(resubmission.minAge()).isEqualTo(Duration.ofMinutes(1));
        assertThat(resubmission.schedule()).isEqualTo("* * * * *");
        String job = jdbc.sql("select jobAsJson from jobrunr.jobrunr_recurring_jobs where id = :id")
                .param("id", "event-publications-resubmit-failed").query(String.class).single();
        assertThat(job).as("the recurring job as JobRunr stored it").contains("\"scheduleExpression\":\"* * * * *\"");
    }
}
