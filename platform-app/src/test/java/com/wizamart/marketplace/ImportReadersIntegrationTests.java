package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * The feeds of imports are read on an executor of their own ({@code importReaders}), bounded and sized by
 * {@code wizamart.marketplace.readers}, which the operations metrics show; Spring Boot's application task executor,
 * which asynchronous event listeners use, stays beside it.
 */
class ImportReadersIntegrationTests extends ApiTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theFeedReadersAreAnExecutorOfTheirOwnWhoseMetricsThePrometheusEndpointShows() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        JsonNode imported = new Imports(http, vendor.owner().accessToken())
                .uploadAndWait("en", Feeds.generated("READ", 30, 0));
        assertThat(imported.get("status").asString()).as(imported.toString()).isEqualTo("COMPLETED");

        // sized by wizamart.marketplace.readers (application.yaml: 2 threads, 2 readings queued)
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(prometheus())
                .containsPattern("executor_pool_max_threads\\{[^}]*name=\"importReaders\"[^}]*} 2\\.0")
                .containsPattern("executor_pool_core_threads\\{[^}]*name=\"importReaders\"[^}]*} 2\\.0")
                .containsPattern("executor_queue_remaining_tasks\\{[^}]*name=\"importReaders\"[^}]*} 2\\.0")
                // the import's feed was read there
                .containsPattern("executor_completed_tasks_total\\{[^}]*name=\"importReaders\"[^}]*} [1-9]"));
    }

    @Test
    void springBootsApplicationTaskExecutorStaysBesideTheFeedReaders() {
        assertThat(context.getBean("applicationTaskExecutor")).isInstanceOf(AsyncTaskExecutor.class)
                .isNotSameAs(context.getBean("importReaders"));
    }

    private String prometheus() {
        return http.get("/actuator/prometheus").send().body();
    }
}
