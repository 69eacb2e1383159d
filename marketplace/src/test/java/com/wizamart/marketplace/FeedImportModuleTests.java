package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.marketplace.application.FeedSourceSetup;
import com.wizamart.marketplace.application.ImportHandedOver;
import com.wizamart.marketplace.application.ImportJobs;
import com.wizamart.marketplace.application.StagedProducts;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * The marketplace with tenancy (its vendors, Row-Level Security) against a real PostgreSQL, its imports run by
 * JobRunr as in the deployable: a feed imported through the module's API is handed to the job engine, read into
 * staging, and announced as {@link ImportCompleted}; a feed that cannot be read is announced as {@link ImportFailed}.
 * The feeds are read by a small marketplace adapter of this test (the adapters are modules of their own, built on this
 * one), which is also the one marketplace a vendor's feed sources may name: the installed adapters are tenancy's
 * {@link com.wizamart.tenancy.FeedSourceRules}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
        "wizamart.marketplace.storage-directory=target/module-test-feeds",
        // JobRunr as the deployable configures it (platform-app's application.yaml), its tables in schema "jobrunr"
        "jobrunr.background-job-server.enabled=true", "jobrunr.background-job-server.worker-count=2",
        "jobrunr.background-job-server.poll-interval-in-seconds=5", "jobrunr.database.table-prefix=jobrunr.",
        "jobrunr.dashboard.enabled=false", "jobrunr.miscellaneous.allow-anonymous-data-usage=false",
        // the events of an import are published on the job engine's worker, not on the test's thread
        "spring.modulith.test.thread-bound-published-events=false" })
class FeedImportModuleTests {

    /** JobRunr looks for queued jobs every 5 seconds (its minimum with a database); an import then takes a moment. */
    private static final Duration PROMPTLY = Duration.ofSeconds(30);

    @Autowired
    FeedImports imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    StagedProducts staged;

    @Autowired
    Vendors vendors;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    FeedSourceSetup feedSources;

    private static final Actor OWNER = new Actor(UUID.randomUUID(), "owner@feeds.test");

    @Test
    void aFeedImportedThroughTheModulesApiIsHandedToTheJobEngine(AssertablePublishedEvents events) throws Exception {
        UUID vendor = vendor();

        UUID jobId = imports.importFeed(vendor, TestFeeds.NAME, "en", feed("A-1\tFirst\t9.99"), "feed.tsv");

        assertThat(events).contains(ImportHandedOver.class)
                .matching(ImportHandedOver::jobId, jobId)
                .matching(ImportHandedOver::vendorId, vendor)
                .matching(ImportHandedOver::engineJobId, jobId);
    }

    @Test
    void importingASmallFeedStagesItsProductsAndPublishesImportCompleted(Scenario scenario) {
        UUID vendor = vendor();

        scenario.stimulate(() -> importFeed(vendor, feed("A-1\tFirst\t9.99", "A-2\tSecond\t19.50", "A-3\tThird\tcheap")))
                .andWaitAtMost(PROMPTLY)
                .andWaitForEventOfType(ImportCompleted.class)
                .matchingMappedValue(ImportCompleted::vendorId, vendor)
                .toArriveAndVerify((completed, jobId) -> {
                    assertThat(completed.jobId()).isEqualTo(jobId);
                    assertThat(completed.marketplace()).isEqualTo(TestFeeds.NAME);
                    assertThat(completed.language()).isEqualTo("en");
                    assertThat(completed.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS.name());
                    assertThat(completed.created()).isEqualTo(2);
                    assertThat(completed.failed()).isEqualTo(1);

                    ImportJob job = vendorScope.callAs(vendor, () -> jobs.get(jobId));
                    assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
                    assertThat(job.counts().rowsProcessed()).isEqualTo(3);
                    assertThat(job.errorCount()).isEqualTo(1);
                    assertThat(vendorScope.callAs(vendor, () -> staged.search(
                            new StagedProductQuery(TestFeeds.NAME, null, null, null, null, "en"), Pageable.ofSize(10))
                            .map(StagedProductSummary::externalId).getContent()))
                            .containsExactlyInAnyOrder("A-1", "A-2");
                });
    }

    @Test
    void aFeedThatCannotBeReadPublishesImportFailedWithTheReason(Scenario scenario) {
        UUID vendor = vendor();
        InputStream withoutPrices = new ByteArrayInputStream("id\ttitle\nA-1\tFirst\n".getBytes(StandardCharsets.UTF_8));

        scenario.stimulate(() -> importFeed(vendor, withoutPrices))
                .andWaitAtMost(PROMPTLY)
                .andWaitForEventOfType(ImportFailed.class)
                .matchingMappedValue(ImportFailed::vendorId, vendor)
                .toArriveAndVerify((failed, jobId) -> {
                    assertThat(failed.jobId()).isEqualTo(jobId);
                    assertThat(failed.reason()).isEqualTo("Required columns missing: price");
                    assertThat(vendorScope.callAs(vendor, () -> jobs.get(jobId)).status())
                            .isEqualTo(ImportStatus.FAILED);
                });
    }

    @Test
    void aFeedSourceNamesAnInstalledMarketplaceInALanguageItsAdapterTakes() {
        UUID vendor = vendor();
        FeedSource source = new FeedSource(TestFeeds.NAME, "en", "https://feeds.test/" + vendor + ".tsv");

        assertThat(vendorScope.callAs(vendor, () -> feedSources.replace(List.of(source), OWNER)))
                .containsExactly(source);
        assertThatThrownBy(() -> vendorScope.callAs(vendor, () -> feedSources.replace(List.of(source,
                new FeedSource("no-such-market", "en", "https://feeds.test/x.tsv"),
                new FeedSource(TestFeeds.NAME, "fr", "https://feeds.test/fr.tsv")), OWNER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("feedSources[1].marketplace", "must be one of [" + TestFeeds.NAME + "]"),
                        new FieldViolation("feedSources[2].language", "must be one of [en] for " + TestFeeds.NAME)));
        assertThat(vendorScope.callAs(vendor, feedSources::list)).containsExactly(source);
    }

    @Test
    void anImportWithoutAUrlFetchesTheVendorsFeedSourceOfItsMarketplaceAndLanguage() {
        UUID vendor = vendor();
        assertThatThrownBy(() -> vendorScope.callAs(vendor, () -> jobs.triggerFromUrl(TestFeeds.NAME, "en", null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("NO_FEED_URL"));
        String url = "https://feeds.test/" + vendor + "/en.tsv";
        vendorScope.runAs(vendor, () -> feedSources.replace(List.of(new FeedSource(TestFeeds.NAME, "en", url)), OWNER));

        ImportJob job = vendorScope.callAs(vendor, () -> jobs.triggerFromUrl(TestFeeds.NAME, "en", null, null));

        assertThat(job.sourceUrl()).isEqualTo(url);
    }

    private UUID importFeed(UUID vendor, InputStream feed) {
        try {
            return imports.importFeed(vendor, TestFeeds.NAME, "en", feed, "feed.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID vendor() {
        String label = "feeds-" + UUID.randomUUID().toString().substring(0, 8);
        return vendors.register(new RegisterVendor(null, "Feed Shop", label, BusinessDetails.empty(), List.of(),
                new Owner("owner@" + label + ".example", "Ada", "Owner", null)), Actor.system()).id();
    }

    /** A feed of this test's format: a header, then the given rows (id, title, price in EUR). */
    private static InputStream feed(String... rows) {
        return new ByteArrayInputStream(("id\ttitle\tprice\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A marketplace whose feeds are tab-separated {@code id}, {@code title} and {@code price} (EUR): a row whose price
     * is not a number is a row error; a feed without one of these columns cannot be read.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestFeeds {

        static final String NAME = "module-test";

        @Bean
        MarketplaceAdapter testFeedsAdapter() {
            return new MarketplaceAdapter() {
                @Override
                public String name() {
                    return NAME;
                }

                @Override
                public Set<String> supportedFormats() {
                    return Set.of("tsv");
                }

                @Override
                public Set<String> languages() {
                    return Set.of("en");
                }

                @Override
                public String displayName() {
                    return "Test";
                }

                @Override
                public Set<String> fields() {
                    return Set.of("id", "title", "price");
                }

                @Override
                public FeedReader open(InputStream feed, String language) throws FeedException {
                    return new Reader(feed);
                }
            };
        }

        private static final class Reader implements FeedReader {

            private static final List<String> COLUMNS = List.of("id", "title", "price");

            private final BufferedReader lines;
            private long row = 1;
            private long bytesRead;

            Reader(InputStream feed) throws FeedException {
                this.lines = new BufferedReader(new InputStreamReader(feed, StandardCharsets.UTF_8));
                String header = line();
                List<String> missing = COLUMNS.stream()
                        .filter(column -> header == null || !Arrays.asList(header.split("\t")).contains(column))
                        .toList();
                if (!missing.isEmpty()) {
                    throw new FeedException(FeedException.Reason.MISSING_FIELDS,
                            "Required columns missing: " + String.join(", ", missing));
                }
            }

            @Override
            public FeedRecord next() throws FeedException {
                String line = line();
                if (line == null || line.isBlank()) {
                    return null;
                }
                row++;
                String[] values = line.split("\t", -1);
                Map<String, String> raw = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    raw.put(COLUMNS.get(i), values[i]);
                }
                BigDecimal price;
                try {
                    price = new BigDecimal(values[2]);
                } catch (NumberFormatException e) {
                    return new FeedRowError(row, "price", values[2], "price: not a price");
                }
                return FeedProduct.at(row).id(values[0]).title(values[1]).price(new Amount(price, "EUR")).raw(raw)
                        .product();
            }

            private String line() throws FeedException {
                try {
                    String line = lines.readLine();
                    if (line != null) {
                        bytesRead += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    }
                    return line;
                } catch (IOException e) {
                    throw new FeedException(FeedException.Reason.IO, "Reading the feed failed: " + e.getMessage(),
                            row, e);
                }
            }


            @Override
            public long bytesRead() {
                return bytesRead;
            }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
