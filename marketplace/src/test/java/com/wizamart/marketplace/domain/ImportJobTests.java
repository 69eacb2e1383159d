package com.wizamart.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ImportJobTests {

    private final UUID vendor = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();

    @Test
    void anUploadedFeedsJobStartsPendingWithNothingReadAndNoEnd() {
        Instant before = Instant.now();

        ImportJob job = ImportJob.pending(vendor, "letzshop", "en", ImportJob.Source.UPLOAD, null, "2026/feed-1.tsv",
                "products.tsv", 2048L, owner);

        assertThat(job.status()).isEqualTo(ImportStatus.PENDING);
        assertThat(job.status().isFinal()).isFalse();
        assertThat(job.counts()).isEqualTo(ImportCounts.ZERO);
        assertThat(job.errorCount()).isZero();
        assertThat(job.warningCount()).isZero();
        assertThat(job.bytesRead()).isZero();
        assertThat(job.bytesTotal()).isEqualTo(2048L);
        assertThat(job.rowsTotal()).as("known once the feed was read to its end").isNull();
        assertThat(job.cancelRequested()).isFalse();
        assertThat(job.message()).isNull();
        assertThat(job.createdAt()).isBetween(before, Instant.now());
        assertThat(job.startedAt()).isNull();
        assertThat(job.finishedAt()).isNull();
        assertThat(job.catalogRefresh()).as("the catalog has not reported").isNull();
        assertThat(job.sourceFile()).isEqualTo("2026/feed-1.tsv");
        assertThat(job.sourceName()).isEqualTo("products.tsv");
        assertThat(job.requestedBy()).isEqualTo(owner);
    }

    @Test
    void aFeedUrlsJobHasNoFileUntilItsFeedIsDownloaded() {
        ImportJob job = ImportJob.pending(vendor, "letzshop", "fr", ImportJob.Source.URL, "https://shop.lu/feed.tsv",
                null, "https://shop.lu/feed.tsv", null, owner);

        assertThat(job.source()).isEqualTo(ImportJob.Source.URL);
        assertThat(job.sourceUrl()).isEqualTo("https://shop.lu/feed.tsv");
        assertThat(job.sourceFile()).isNull();
        assertThat(job.bytesTotal()).isNull();
    }

    @Test
    void everyJobHasAnIdOfItsOwn() {
        ImportJob first = ImportJob.pending(vendor, "letzshop", "en", ImportJob.Source.UPLOAD, null, "a", "a", 1L, null);
        ImportJob second = ImportJob.pending(vendor, "letzshop", "en", ImportJob.Source.UPLOAD, null, "a", "a", 1L, null);

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void aUrlIsShownWithoutUserInfoQueryStringOrFragment() {
        assertThat(ImportJob.shownUrl("https://shop.lu/feeds/en.tsv?key=secret&b=2"))
                .isEqualTo("https://shop.lu/feeds/en.tsv?…");
        assertThat(ImportJob.shownUrl("https://user:pw@shop.lu:8443/en.tsv#secret"))
                .isEqualTo("https://shop.lu:8443/en.tsv?…");
        assertThat(ImportJob.shownUrl("https://shop.lu/en.tsv")).isEqualTo("https://shop.lu/en.tsv");
        assertThat(ImportJob.shownUrl("https://user:pw@shop lu/en|tsv?key=secret"))
                .as("not a URI: cut by hand").isEqualTo("https://shop lu/en|tsv?…");
        assertThat(ImportJob.shownUrl("https://user:pw@host")).isEqualTo("https://host");
        assertThat(ImportJob.shownUrl("feed source letzshop/en")).isEqualTo("feed source letzshop/en");
        assertThat(ImportJob.shownUrl(null)).isNull();
    }

    @Test
    void aUrlJobShowsItsNameWithoutCredentials_anUploadItsFileNameAsItIs() {
        ImportJob fromUrl = ImportJob.pending(vendor, "letzshop", "fr", ImportJob.Source.URL,
                "https://shop.lu/feed.tsv?key=secret", null, "https://shop.lu/feed.tsv?key=secret", null, owner);
        ImportJob upload = ImportJob.pending(vendor, "letzshop", "fr", ImportJob.Source.UPLOAD, null, "a",
                "what?://x@y.tsv", 1L, owner);

        assertThat(fromUrl.shownSourceUrl()).isEqualTo("https://shop.lu/feed.tsv?…");
        assertThat(fromUrl.shownSourceName()).isEqualTo("https://shop.lu/feed.tsv?…");
        assertThat(upload.shownSourceName()).isEqualTo("what?://x@y.tsv");
    }
}
