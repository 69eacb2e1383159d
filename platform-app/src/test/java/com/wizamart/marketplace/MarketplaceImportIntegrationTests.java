package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.FeedServer;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

class MarketplaceImportIntegrationTests extends ApiTest {

    @Autowired
    VendorScope vendorScope;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsTheThreeSampleFeedsJoinedAcrossLanguages() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());

        // 38 rows per file; LS-0301 carries a spreadsheet-mangled GTIN (4.82815E+12): imported without it, warned
        JsonNode en = imports.uploadAndWait("en", Feeds.sample("en"));
        assertThat(en.get("status").asString()).as(en.toString()).isEqualTo("COMPLETED");
        assertThat(en.get("created").asLong()).isEqualTo(38);
        assertThat(en.get("failed").asLong()).isZero();
        assertThat(en.get("errorCount").asLong()).isZero();
        assertThat(en.get("warningCount").asLong()).isEqualTo(1);
        assertThat(en.get("rowsProcessed").asLong()).isEqualTo(38);
        JsonNode fr = imports.uploadAndWait("fr", Feeds.sample("fr"));
        JsonNode de = imports.uploadAndWait("de", Feeds.sample("de"));
        assertThat(fr.get("created").asLong()).isZero();
        assertThat(fr.get("updated").asLong()).isEqualTo(38);
        assertThat(de.get("updated").asLong()).isEqualTo(38);

        Http.Response list = http.get("/api/v1/vendor/marketplace/products?size=100&language=fr")
                .bearer(vendor.owner().accessToken()).send();
        assertThat(list.json().get("page").get("totalElements").asLong()).isEqualTo(38);
        JsonNode first = list.json().get("content").get(0);
        assertThat(first.get("languages").toString()).contains("en", "fr", "de");

        JsonNode detail = http.get("/api/v1/vendor/marketplace/products/" + first.get("id").asString())
                .bearer(vendor.owner().accessToken()).send().json();
        assertThat(detail.get("titles").get("en").asString()).isNotBlank();
        assertThat(detail.get("titles").get("fr").asString()).isNotEqualTo(detail.get("titles").get("en").asString());
        assertThat(detail.get("titles").get("de").asString()).isNotBlank();
        assertThat(detail.get("raw").get("de").get("id").asString()).isEqualTo(detail.get("externalId").asString());
    }

    @Test
    void reimportingTheSameFileRewritesNothing() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        byte[] feed = Feeds.generated("R", 120, 0);
        assertThat(imports.uploadAndWait("en", feed).get("created").asLong()).isEqualTo(120);

        JsonNode again = imports.uploadAndWait("en", feed);
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("unchanged").asLong()).isEqualTo(120);
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isZero();

        JsonNode repriced = imports.uploadAndWait("en", Feeds.generated("R", 120, 5));
        assertThat(repriced.get("updated").asLong()).isEqualTo(120);
        Http.Response touched = http.get("/api/v1/vendor/marketplace/products?jobId=" + again.get("id").asString())
                .bearer(vendor.owner().accessToken()).send();
        assertThat(touched.json().get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void aLanguageWhoseFactsAnotherLanguageReplacedIsWrittenAgainWhenItComesBack() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        byte[] english = Feeds.generated("L", 30, 0);
        assertThat(imports.uploadAndWait("en", english).get("created").asLong()).isEqualTo(30);
        // the French feed carries other prices: the latest import's facts win
        assertThat(imports.uploadAndWait("fr", Feeds.generated("L", 30, 5)).get("updated").asLong()).isEqualTo(30);

        // the English file again: its rows are as the English import left them, but the facts are French now
        JsonNode back = imports.uploadAndWait("en", english);
        assertThat(back.get("updated").asLong()).as(back.toString()).isEqualTo(30);
        JsonNode again = imports.uploadAndWait("en", english);
        assertThat(again.get("unchanged").asLong()).as(again.toString()).isEqualTo(30);
        assertThat(imports.uploadAndWait("fr", Feeds.generated("L", 30, 5)).get("updated").asLong()).isEqualTo(30);
    }

    @Test
    void rowsStagedBeforeContentHashesExistedGetTheirHashWithoutCountingAsChanged() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        byte[] feed = Feeds.generated("H", 40, 0);
        JsonNode first = imports.uploadAndWait("en", feed);
        vendorScope.runAs(vendor.id(), () -> jdbc.update(
                "update marketplace_staged_texts set content_hash = null where vendor_id = ?", vendor.id()));

        JsonNode rehashed = imports.uploadAndWait("en", feed);
        assertThat(rehashed.get("unchanged").asLong()).as(rehashed.toString()).isEqualTo(40);
        assertThat(rehashed.get("updated").asLong()).isZero();
        Http.Response touched = http.get("/api/v1/vendor/marketplace/products?jobId=" + first.get("id").asString())
                .bearer(vendor.owner().accessToken()).send();
        assertThat(touched.json().get("page").get("totalElements").asLong()).as("still last written by the first job")
                .isEqualTo(40);
        assertThat(vendorScope.callAs(vendor.id(), () -> jdbc.queryForObject(
                "select count(*) from marketplace_staged_texts where vendor_id = ? and language = 'en' and content_hash is not null",
                Long.class, vendor.id()))).isEqualTo(40);
    }

    @Test
    void rowErrorsAreStoredAndDownloadableWhileGoodRowsImport() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        String feed = Feeds.HEADER + "\n"
                + "E-1\tGood one\t\t\t\t\tin_stock\t10.00 EUR\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1\t17\t\n"
                + "E-2\tBad price\t\t\t\t\tin_stock\tcheap\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1\t17\t\n"
                + "E-3\t=HYPERLINK(\"x\")\t\t\t\t\tin_stock\t12,50 EUR\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1\t17\t\n"
                + "E-1\tGood one again\t\t\t\t\tin_stock\t11.00 EUR\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1\t17\t\n";
        JsonNode job = imports.uploadAndWait("en", Feeds.text(feed));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        assertThat(job.get("created").asLong()).isEqualTo(2);

        String jobId = job.get("id").asString();
        Http.Response errors = http.get("/api/v1/vendor/marketplace/jobs/" + jobId + "/errors")
                .bearer(vendor.owner().accessToken()).send();
        assertThat(errors.json().get("content").toString()).contains("price", "cheap", "E-1");

        Http.Response csv = http.get("/api/v1/vendor/marketplace/jobs/" + jobId + "/errors")
                .header("Accept", "text/csv").bearer(vendor.owner().accessToken()).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("position,field,value,message,severity").contains("cheap");

        JsonNode last = http.get("/api/v1/vendor/marketplace/products?search=E-1").bearer(vendor.owner().accessToken())
                .send().json().get("content").get(0);
        assertThat(last.get("title").asString()).isEqualTo("Good one again");
    }

    @Test
    void aMalformedOptionalValueDropsOnlyThatValueWithAWarningListedAndDownloadedWithTheErrors() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        String feed = Feeds.HEADER + "\n"
                + Feeds.line(java.util.Map.of("id", "W-1", "title", "Mangled GTIN", "price", "9.99 EUR", "brand",
                        "Maker", "gtin", "4.00638E+12")) + "\n"
                + Feeds.line(java.util.Map.of("id", "W-2", "title", "Quoted GTIN", "price", "9.99 EUR", "gtin",
                        "'4006381333931", "availability", "soon", "link", "www.shop.lu/w-2")) + "\n"
                + Feeds.line(java.util.Map.of("id", "W-3", "title", "Good GTIN", "price", "9.99 EUR", "gtin",
                        "4006381333931")) + "\n"
                + Feeds.line(java.util.Map.of("id", "W-4", "title", "No price", "price", "free")) + "\n";
        JsonNode job = imports.uploadAndWait("en", Feeds.text(feed));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(job.get("created").asLong()).isEqualTo(3);
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        assertThat(job.get("errorCount").asLong()).isEqualTo(1);
        assertThat(job.get("warningCount").asLong()).isEqualTo(4);

        java.util.Map<String, JsonNode> staged = new java.util.HashMap<>();
        http.get("/api/v1/vendor/marketplace/products?size=10").bearer(token).send().json().get("content")
                .forEach(p -> staged.put(p.get("externalId").asString(), p));
        assertThat(staged).containsOnlyKeys("W-1", "W-2", "W-3");
        assertThat(staged.get("W-1").get("gtin").isNull()).isTrue();
        assertThat(staged.get("W-1").get("brand").asString()).isEqualTo("Maker");
        assertThat(staged.get("W-3").get("gtin").asString()).isEqualTo("4006381333931");

        String jobId = job.get("id").asString();
        JsonNode issues = http.get("/api/v1/vendor/marketplace/jobs/" + jobId + "/errors").bearer(token).send()
                .json().get("content");
        assertThat(issues).hasSize(5);
        java.util.List<String> severities = new java.util.ArrayList<>();
        java.util.List<String> columns = new java.util.ArrayList<>();
        issues.forEach(i -> {
            severities.add(i.get("severity").asString());
            columns.add(i.get("position").asLong() + ":" + i.get("field").asString());
        });
        assertThat(columns).containsExactly("2:gtin", "3:link", "3:availability", "3:gtin", "5:price");
        assertThat(severities).containsExactly("WARNING", "WARNING", "WARNING", "WARNING", "ERROR");
        assertThat(issues.get(0).get("message").asString()).contains("spreadsheet-mangled");

        Http.Response csv = http.get("/api/v1/vendor/marketplace/jobs/" + jobId + "/errors")
                .header("Accept", "text/csv").bearer(token).send();
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("position,field,value,message,severity");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("2,gtin,4.00638E+12,").endsWith(",WARNING");
        assertThat(lines[5]).startsWith("5,price,free,").endsWith(",ERROR");
    }

    @Test
    void aFeedWithoutTheRequiredColumnsFailsWithTheColumnsFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        JsonNode job = new Imports(http, vendor.owner().accessToken())
                .uploadAndWait("en", Feeds.text("sku\tname\tcost\nA\tB\tC\n"));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).contains("id", "title", "price", "sku", "name", "cost");
    }

    @Test
    void importsFromTheFeedSourceUrlAndFailsClearlyOnHttpErrors() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        try (FeedServer server = new FeedServer().serve("/en.tsv", Feeds.generated("U", 30, 0)).status("/gone.tsv", 404)) {
            Http.Response configured = http.put("/api/v1/vendor/marketplace/feed-sources")
                    .bearer(vendor.owner().accessToken()).json(java.util.Map.of("feedSources", java.util.List.of(
                            java.util.Map.of("marketplace", "letzshop", "language", "en", "url", server.url("/en.tsv")))))
                    .send();
            assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
            assertThat(configured.json().get("feedSources").get(0).get("url").asString()).endsWith("/en.tsv");

            Http.Response started = http.post("/api/v1/vendor/marketplace/import").bearer(vendor.owner().accessToken())
                    .json(java.util.Map.of("marketplace", "letzshop", "language", "en")).send();
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(started.header("Location")).endsWith(started.json().get("id").asString());
            assertThat(imports.await(started.json().get("id").asString()).get("created").asLong()).isEqualTo(30);

            JsonNode gone = imports.await(imports.fromUrl("en", server.url("/gone.tsv")).json().get("id").asString());
            assertThat(gone.get("status").asString()).isEqualTo("FAILED");
            assertThat(gone.get("message").asString()).contains("404");
        }
        JsonNode unreachable = imports.await(imports.fromUrl("en", "http://127.0.0.1:9/feed.tsv").json().get("id").asString());
        assertThat(unreachable.get("status").asString()).isEqualTo("FAILED");
        assertThat(unreachable.get("message").asString()).contains("could not be reached");
    }

    @Test
    void aSecondImportOfTheSameLanguageWhileOneRunsIsAConflictNamingTheRunningJob() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        try (FeedServer server = new FeedServer().stall("/slow.tsv", Feeds.text(Feeds.HEADER + "\n"))) {
            Http.Response first = imports.fromUrl("en", server.url("/slow.tsv"));
            assertThat(first.status()).isEqualTo(202);
            String running = first.json().get("id").asString();

            Http.Response second = imports.upload("en", Feeds.generated("C", 3, 0));
            assertThat(second.status()).as(second.toString()).isEqualTo(409);
            assertThat(second.errorCode()).isEqualTo("IMPORT_ALREADY_RUNNING");
            assertThat(second.json().get("runningJobId").asString()).isEqualTo(running);
            assertThat(imports.upload("fr", Feeds.generated("C", 3, 0)).status()).isEqualTo(202);

            Http.Response cancelled = http.post("/api/v1/vendor/marketplace/jobs/" + running + "/cancel")
                    .bearer(vendor.owner().accessToken()).send();
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().get("cancelRequested").asBoolean()).isTrue();
        }
    }

    @Test
    void refusesToFetchAddressesInsideOurNetworkAlsoAfterARedirect() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        for (String url : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/feed.tsv",
                "http://[::ffff:192.168.0.1]/feed.tsv", "http://100.64.1.1/feed.tsv", "http://[fd00::1]/feed.tsv"}) {
            JsonNode job = imports.await(imports.fromUrl("en", url).json().get("id").asString());
            assertThat(job.get("status").asString()).as(url).isEqualTo("FAILED");
            assertThat(job.get("message").asString()).as(url).contains("not allowed");
        }
        try (FeedServer server = new FeedServer().redirect("/moved.tsv", "http://169.254.169.254/latest/meta-data/")) {
            JsonNode job = imports.await(imports.fromUrl("en", server.url("/moved.tsv")).json().get("id").asString());
            assertThat(job.get("status").asString()).isEqualTo("FAILED");
            assertThat(job.get("message").asString()).contains("not allowed");
        }
        Http.Response ftp = imports.fromUrl("en", "ftp://example.com/feed.tsv");
        assertThat(ftp.status()).isEqualTo(422);
    }

    @Test
    void anotherVendorSeesNeitherTheJobsNorTheStagedProducts() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        JsonNode job = new Imports(http, a.owner().accessToken()).uploadAndWait("en", Feeds.generated("I", 5, 0));
        String productId = http.get("/api/v1/vendor/marketplace/products").bearer(a.owner().accessToken()).send()
                .json().get("content").get(0).get("id").asString();

        String jobId = job.get("id").asString();
        for (String path : new String[] {"/api/v1/vendor/marketplace/jobs/" + jobId,
                "/api/v1/vendor/marketplace/jobs/" + jobId + "/errors",
                "/api/v1/vendor/marketplace/products/" + productId}) {
            Http.Response response = http.get(path).bearer(b.owner().accessToken()).send();
            assertThat(response.status()).as(path).isEqualTo(404);
        }
        assertThat(http.post("/api/v1/vendor/marketplace/jobs/" + jobId + "/cancel").bearer(b.owner().accessToken())
                .send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/vendor/marketplace/products").bearer(b.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/vendor/marketplace/jobs").bearer(b.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void adminsListEveryVendorsJobsAndVendorsCannot() {
        Fixtures.Session admin = fixtures.admin();
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        new Imports(http, vendor.owner().accessToken()).uploadAndWait("en", Feeds.generated("A", 2, 0));
        Http.Response all = http.get("/api/v1/admin/marketplace-import-jobs?vendorId=" + vendor.id())
                .bearer(admin.accessToken()).send();
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/admin/marketplace-import-jobs").bearer(vendor.owner().accessToken()).send()
                .status()).isEqualTo(403);
    }

    @Test
    void aViewerMayWatchImportsButNotStartThem() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Http.Response started = new Imports(http, viewer.accessToken()).upload("en", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/vendor/marketplace/jobs").bearer(viewer.accessToken()).send().status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/vendor/marketplace/feed-sources").bearer(viewer.accessToken()).send().status())
                .isEqualTo(403);
    }
}
