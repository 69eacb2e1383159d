package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.marketplace.adapter.in.job.ImportJobHandler;
import com.wizamart.marketplace.application.port.out.FeedStorage;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.support.ApiTest;
import com.wizamart.support.FeedServer;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * Import workers are shared fairly: a vendor runs one import at a time (the default), its others wait queued, so a
 * vendor whose feed servers trickle (a byte every couple of seconds, which no read timeout catches) holds one worker
 * while another vendor's import runs at once on the other. A cancel reaches a trickling download within seconds, and
 * what the download had written to disk, as it arrived, is deleted. Two workers of this context's own job engine.
 */
@TestPropertySource(properties = {"jobrunr.database.table-prefix=jobrunr.fairness_",
        "jobrunr.background-job-server.worker-count=2",
        "wizamart.marketplace.storage-directory=target/fairness-feeds/${random.uuid}",
        // the orphan below is stale for this context's sweep at once, for the other test contexts' sweeps (same
        // database, their own job engines and feed directories) only after a minute
        "wizamart.marketplace.hand-over-after=1s"})
// closed after this class: left cached, its one-second sweep would take other contexts' imports into its own job
// engine and feed directory, where their feeds are not (seen: FeedUploadLimitsIntegrationTests' upload failed)
@DirtiesContext
class ImportFairnessIntegrationTests extends ApiTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(20);
    private static final byte[] SLOW_START = Feeds.text(Feeds.HEADER + "\n");

    @Autowired
    MarketplaceProperties properties;

    @Autowired
    FeedStorage storage;

    @Autowired
    ImportJobHandler handler;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVendorsTricklingFeedsDoNotDelayAnotherVendorsImport() throws Exception {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        Imports importsOfA = new Imports(http, a.owner().accessToken());
        Imports importsOfB = new Imports(http, b.owner().accessToken());
        try (FeedServer server = new FeedServer().trickle("/en.tsv", SLOW_START, 1, Duration.ofSeconds(2))
                .trickle("/fr.tsv", SLOW_START, 1, Duration.ofSeconds(2))) {
            String first = started(importsOfA.fromUrl("en", server.url("/en.tsv")));
            String second = started(importsOfA.fromUrl("fr", server.url("/fr.tsv")));
            awaitStatus(importsOfA, first, "RUNNING");

            long startingB = System.nanoTime();
            String small = started(importsOfB.upload("en", Feeds.generated("F", 20, 0)));
            JsonNode done = awaitStatus(importsOfB, small, "COMPLETED");
            assertThat(done.get("created").asLong()).isEqualTo(20);
            assertThat(Duration.ofNanos(System.nanoTime() - startingB)).isLessThan(PROMPTLY);

            // A's first import still downloads, its second waits behind it
            assertThat(importsOfA.job(first).get("status").asString()).isEqualTo("RUNNING");
            JsonNode queued = importsOfA.job(second);
            assertThat(queued.get("status").asString()).as(queued.toString()).isEqualTo("PENDING");
            assertThat(message(queued)).contains("Queued behind");

            // when the first ends, the second starts
            cancel(a, first);
            awaitStatus(importsOfA, first, "CANCELLED");
            awaitStatus(importsOfA, second, "RUNNING");
            cancel(a, second);
            awaitStatus(importsOfA, second, "CANCELLED");
        }
    }

    @Test
    void aCancelReachesATricklingDownloadWithinSecondsAndItsPartialFileIsDeleted() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        Path directory = properties.storageDirectory().toAbsolutePath();
        try (FeedServer server = new FeedServer().trickle("/slow.tsv", SLOW_START, 1, Duration.ofSeconds(2))) {
            String job = started(imports.fromUrl("en", server.url("/slow.tsv")));
            awaitStatus(imports, job, "RUNNING");
            // the download is written to disk as it arrives
            Awaitility.await().atMost(PROMPTLY).until(() -> files(directory).stream()
                    .anyMatch(file -> size(file) >= SLOW_START.length));

            long cancelling = System.nanoTime();
            cancel(vendor, job);
            JsonNode cancelled = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> imports.job(job), j -> j.get("status").asString().equals("CANCELLED"));
            assertThat(Duration.ofNanos(System.nanoTime() - cancelling)).isLessThan(Duration.ofSeconds(5));
            assertThat(message(cancelled)).isEqualTo("Cancelled while the feed was downloading.");
            assertThat(files(directory)).as("the partial download").isEmpty();
        }
    }

    @Test
    void aQueuedUploadThatIsCancelledLeavesNoFileBehind() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        Path directory = properties.storageDirectory().toAbsolutePath();
        try (FeedServer server = new FeedServer().trickle("/slow.tsv", SLOW_START, 1, Duration.ofSeconds(2))) {
            String running = started(imports.fromUrl("en", server.url("/slow.tsv")));
            awaitStatus(imports, running, "RUNNING");
            Set<Path> before = Set.copyOf(files(directory));

            String queued = started(imports.upload("fr", Feeds.generated("Q", 20, 0)));
            Awaitility.await().atMost(PROMPTLY).until(() -> message(imports.job(queued)),
                    message -> message.contains("Queued behind"));
            List<Path> uploaded = files(directory).stream().filter(file -> !before.contains(file)).toList();
            assertThat(uploaded).as("the queued upload's stored feed").hasSize(1);
            cancel(vendor, queued);
            assertThat(imports.job(queued).get("status").asString()).isEqualTo("CANCELLED");

            Awaitility.await().atMost(PROMPTLY).untilAsserted(() -> assertThat(uploaded.getFirst())
                    .as("the cancelled upload's stored feed").doesNotExist());
            cancel(vendor, running);
            awaitStatus(imports, running, "CANCELLED");
        }
    }

    /**
     * A running import whose job-engine job failed for good (its retries spent, or it was lost), with the vendor's
     * next import queued behind it: the sweep hands the running one over again, it resumes and ends, and the queued
     * one follows.
     */
    @Test
    void aRunningImportWhoseWorkerIsGoneForGoodIsHandedOverAgainAndTheQueueMovesOn() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        byte[] feed = Feeds.generated("G", 30, 0);
        FeedStorage.StoredFeed stored = storage.store(new ByteArrayInputStream(feed), feed.length);
        UUID orphan = UUID.randomUUID();
        // as a worker left it: running, started a while ago, untouched for a moment, no job-engine job that will run
        // it again
        vendorScope.runAs(vendor.id(), () -> jdbc.update("""
                insert into marketplace_import_jobs (id, vendor_id, marketplace, language, source, source_file,
                  source_name, status, bytes_total, created_at, started_at, attempts, updated_at)
                values (?, ?, 'letzshop', 'en', 'UPLOAD', ?, 'feed.tsv', 'RUNNING', ?, now() - interval '5 minutes',
                  now() - interval '5 minutes', 1, now() - interval '2 seconds')""",
                orphan, vendor.id(), stored.name(), (long) feed.length));

        String next = started(imports.upload("fr", Feeds.generated("G", 30, 5)));
        // queued once a worker claims it: with both workers still ending the imports earlier tests cancelled (and
        // JobRunr polling every 5 s) that takes longer than the promptness the other steps are held to
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> message(imports.job(next)),
                message -> message.contains("Queued behind"));

        handler.requeueStale();

        JsonNode resumed = awaitStatus(imports, orphan.toString(), "COMPLETED");
        assertThat(resumed.get("created").asLong()).isEqualTo(30);
        assertThat(awaitStatus(imports, next, "COMPLETED").get("updated").asLong()).isEqualTo(30);
    }

    private static String started(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.json().get("id").asString();
    }

    private void cancel(Fixtures.VendorAccount vendor, String job) {
        Http.Response cancelled = http.post("/api/v1/vendor/marketplace/jobs/" + job + "/cancel")
                .bearer(vendor.owner().accessToken()).send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    /** Waits for the status (or for the job to end otherwise, which fails). */
    static JsonNode awaitStatus(Imports imports, String job, String status) {
        JsonNode found = Awaitility.await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(200))
                .until(() -> imports.job(job), j -> j.get("status").asString().equals(status)
                        || Set.of("COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "CANCELLED")
                        .contains(j.get("status").asString()));
        assertThat(found.get("status").asString()).as(found.toString()).isEqualTo(status);
        return found;
    }

    static String message(JsonNode job) {
        JsonNode message = job.get("message");
        return message == null || message.isNull() ? "" : message.asString();
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
