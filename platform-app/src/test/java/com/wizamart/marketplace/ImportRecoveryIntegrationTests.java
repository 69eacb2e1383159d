package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.marketplace.application.ImportRunner;
import com.wizamart.marketplace.application.port.in.StagedProductDetail;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * A worker that loses its database connection mid-import: staging breaks once on the third chunk, JobRunr retries the
 * job, and the retry resumes after the last committed chunk. Counts come out exact, every product is staged once, and
 * {@code ImportCompleted} is published once and recorded in the event publication registry.
 */
// its own job-engine tables, so no worker of the suite's other application context takes this context's jobs
@TestPropertySource(properties = {"wizamart.marketplace.chunk-size=50", "jobrunr.database.table-prefix=jobrunr.recovery_"})
@Import(ImportRecoveryIntegrationTests.Flaky.class)
class ImportRecoveryIntegrationTests extends ApiTest {

    @Autowired
    Flaky flaky;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportRunner runner;

    @Test
    void aJobWhoseWorkerLostItsConnectionResumesAndCompletesExactlyOnce() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        flaky.chunks.set(0);
        flaky.failOnChunk.set(3);

        JsonNode job = imports.uploadAndWait("en", Feeds.generated("W", 300, 0));

        assertThat(flaky.failures.get()).as("the connection was lost once").isEqualTo(1);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("created").asLong()).isEqualTo(300);
        assertThat(job.get("updated").asLong()).isZero();
        assertThat(job.get("unchanged").asLong()).isZero();
        assertThat(job.get("rowsProcessed").asLong()).isEqualTo(300);
        assertThat(http.get("/api/v1/vendor/marketplace/products").bearer(vendor.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isEqualTo(300);

        String jobId = job.get("id").asString();
        assertThat(flaky.completed.stream().filter(e -> e.jobId().toString().equals(jobId)).count()).isEqualTo(1);
        // recorded once per listening module (this probe, the catalog's refresh)
        var recorded = jdbc.queryForMap("""
                select count(*) as publications, count(distinct listener_id) as listeners from event_publication
                where event_type like '%ImportCompleted' and serialized_event like ?""", "%" + jobId + "%");
        assertThat(((Number) recorded.get("publications")).longValue()).isPositive()
                .isEqualTo(((Number) recorded.get("listeners")).longValue());

        // a late second worker on the finished job changes nothing
        runner.run(UUID.fromString(jobId), vendor.id());
        assertThat(imports.job(jobId).get("created").asLong()).isEqualTo(300);
        assertThat(flaky.completed.stream().filter(e -> e.jobId().toString().equals(jobId)).count()).isEqualTo(1);
    }

    @Test
    void twoWorkersRacingOnTheSameJobImportItExactlyOnce() throws Exception {
        flaky.failOnChunk.set(-1);
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        var started = imports.upload("en", Feeds.generated("T", 400, 0));
        assertThat(started.status()).isEqualTo(202);
        UUID jobId = UUID.fromString(started.json().get("id").asString());

        // two workers of our own race on the job (and JobRunr's worker may join them)
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = pool.submit(() -> runner.run(jobId, vendor.id()));
        var second = pool.submit(() -> runner.run(jobId, vendor.id()));
        first.get(60, java.util.concurrent.TimeUnit.SECONDS);
        second.get(60, java.util.concurrent.TimeUnit.SECONDS);
        pool.shutdown();

        JsonNode job = imports.await(jobId.toString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("created").asLong()).isEqualTo(400);
        assertThat(job.get("rowsProcessed").asLong()).isEqualTo(400);
        assertThat(job.get("updated").asLong() + job.get("unchanged").asLong()).isZero();
        assertThat(http.get("/api/v1/vendor/marketplace/products").bearer(vendor.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isEqualTo(400);
        assertThat(flaky.completed.stream().filter(e -> e.jobId().equals(jobId)).count()).isEqualTo(1);
    }

    @TestConfiguration
    static class Flaky {

        final AtomicInteger failOnChunk = new AtomicInteger(-1);
        final AtomicInteger chunks = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final List<ImportCompleted> completed = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        @Primary
        StagingStore flakyStaging(@Qualifier("postgresStagingStore") StagingStore real) {
            return new StagingStore() {
                @Override
                public ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId,
                                         List<FeedProduct> chunk, long[] contentHashes) {
                    ChunkResult result = real.write(vendorId, marketplace, language, jobId, chunk, contentHashes);
                    if (chunks.incrementAndGet() == failOnChunk.get()) {
                        failures.incrementAndGet();
                        throw new DataAccessResourceFailureException("connection lost (simulated)",
                                new PSQLException("An I/O error occurred while sending to the backend.",
                                        PSQLState.CONNECTION_FAILURE));
                    }
                    return result;
                }

                @Override
                public ContentIndex knownContent(UUID vendorId, String marketplace, String language) {
                    return real.knownContent(vendorId, marketplace, language);
                }

                @Override
                public Page<StagedProductSummary> search(StagedProductQuery query, Pageable pageable) {
                    return real.search(query, pageable);
                }

                @Override
                public java.util.Optional<StagedProductDetail> find(UUID id) {
                    return real.find(id);
                }
            };
        }

        @Bean
        Probe importCompletedProbe() {
            return new Probe(completed);
        }
    }

    /** Listens like a real downstream module would (and so makes the registry record the publication). */
    static class Probe {

        private final List<ImportCompleted> completed;

        Probe(List<ImportCompleted> completed) {
            this.completed = completed;
        }

        @ApplicationModuleListener(id = "test.import-completed-probe")
        void on(ImportCompleted event) {
            completed.add(event);
        }
    }
}
