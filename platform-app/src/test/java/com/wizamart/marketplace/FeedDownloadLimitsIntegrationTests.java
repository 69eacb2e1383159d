package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.FeedServer;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Feed downloads have a deadline and a minimum rate (here small: 6 s, and 1 KB/s over 2 s): a server that trickles
 * the feed, each byte resetting the read timeout, is cut off about a window after the body started; one fast enough
 * but endless is cut off at the deadline. Either fails the job with a message saying which.
 */
@TestPropertySource(properties = {"jobrunr.database.table-prefix=jobrunr.download_limits_",
        "wizamart.marketplace.fetch.deadline=6s", "wizamart.marketplace.fetch.min-rate=1KB",
        "wizamart.marketplace.fetch.min-rate-window=2s"})
class FeedDownloadLimitsIntegrationTests extends ApiTest {

    private static final byte[] START = Feeds.text(Feeds.HEADER + "\n");

    @Test
    void aDownloadSlowerThanTheMinimumRateFails() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        try (FeedServer server = new FeedServer().trickle("/slow.tsv", START, 1, Duration.ofMillis(500))) {
            JsonNode job = downloadedAndEnded(imports, server.url("/slow.tsv"));
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
            assertThat(job.get("message").asString()).isEqualTo("The feed download was slower than 1 KB/s over 2 s.");
        }
    }

    @Test
    void aDownloadLongerThanTheDeadlineFails() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        // 10 KB/s, well above the minimum rate, without end
        try (FeedServer server = new FeedServer().trickle("/endless.tsv", START, 2048, Duration.ofMillis(200))) {
            JsonNode job = downloadedAndEnded(imports, server.url("/endless.tsv"));
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
            assertThat(job.get("message").asString()).isEqualTo("The feed download took longer than 6 s.");
        }
    }

    /** Starts the import and waits for it to end (within 20 s, long before the job engine would give up). */
    private static JsonNode downloadedAndEnded(Imports imports, String url) {
        Http.Response started = imports.fromUrl("en", url);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return ImportFairnessIntegrationTests.awaitStatus(imports, started.json().get("id").asString(), "FAILED");
    }
}
