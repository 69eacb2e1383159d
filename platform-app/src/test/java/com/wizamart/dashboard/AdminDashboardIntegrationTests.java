package com.wizamart.dashboard;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/** The admin dashboard endpoints and the admin's view of any vendor's import job, through the real stack. */
class AdminDashboardIntegrationTests extends ApiTest {

    private static final String BAD_ROW = Feeds.line(Map.of("id", "D-bad", "title", "Priceless", "price", "free"))
            + "\n";

    @Test
    void theSummaryCountsVendorsUsersAndTodaysImports() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        JsonNode before = get(admin, "/api/v1/admin/dashboard");
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        new Imports(http, vendor.owner().accessToken()).uploadAndWait("en", Feeds.text(
                new String(Feeds.generated("D", 3, 0), java.nio.charset.StandardCharsets.UTF_8) + BAD_ROW));
        put(admin, "/api/v1/admin/vendors/" + vendor.id() + "/verify", Map.of("verified", true));
        Shop shop = new Shop(http, vendor);
        java.util.UUID mug = shop.product("Dashboard mug", "12.50", "17", 5);
        Http.Response order = shop.buy(fixtures.customer(vendor), mug, 2);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);

        JsonNode after = get(admin, "/api/v1/admin/dashboard");
        assertThat(after.get("vendors").get("total").asLong()).isEqualTo(before.get("vendors").get("total").asLong() + 1);
        assertThat(after.get("vendors").get("verified").asLong())
                .isEqualTo(before.get("vendors").get("verified").asLong() + 1);
        assertThat(after.get("users").get("total").asLong()).isEqualTo(before.get("users").get("total").asLong() + 1);
        assertThat(after.get("users").get("platformAdmins").asLong()).isPositive();
        assertThat(after.get("days").asInt()).isEqualTo(7);
        JsonNode imports = after.get("imports");
        assertThat(imports.get("total").asLong()).isGreaterThanOrEqualTo(before.get("imports").get("total").asLong() + 1);
        assertThat(imports.get("completed").asLong()).isGreaterThanOrEqualTo(before.get("imports").get("completed").asLong() + 1);
        assertThat(imports.get("rowsFailed").asLong()).isGreaterThanOrEqualTo(before.get("imports").get("rowsFailed").asLong() + 1);
        // ordering's figures (all vendors): at least the order above, today, in EUR, pending
        assertThat(after.get("orders").get("orders").asLong())
                .isGreaterThanOrEqualTo(before.get("orders").get("orders").asLong() + 1);
        JsonNode stats = get(admin, "/api/v1/admin/dashboard/stats?days=1");
        assertThat(stats.get("ordersPerDay").get(0).get("orders").asLong()).isPositive();
        assertThat(stats.get("revenuePerDay").toString()).contains("EUR");
        assertThat(get(admin, "/api/v1/admin/dashboard/stats/platform").get("ordersByStatus").get("PENDING").asLong())
                .isPositive();
        assertThat(after.get("generatedAt").asString()).isNotBlank();
    }

    @Test
    void statsAreDenseSeriesOverTheRequestedRange() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        new Imports(http, vendor.owner().accessToken()).uploadAndWait("fr", Feeds.generated("S", 2, 0));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonNode week = get(admin, "/api/v1/admin/dashboard/stats?days=7");
        assertThat(week.get("from").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(week.get("to").asString()).isEqualTo(today.toString());
        assertThat(week.get("importsPerDay")).hasSize(7);
        assertThat(week.get("ordersPerDay")).hasSize(7);
        assertThat(week.get("revenuePerDay").isArray()).isTrue();
        JsonNode last = week.get("importsPerDay").get(6);
        assertThat(last.get("day").asString()).isEqualTo(today.toString());
        assertThat(last.get("total").asLong()).isPositive();
        assertThat(week.get("importsPerDay").get(0).get("day").asString()).isEqualTo(today.minusDays(6).toString());

        JsonNode range = get(admin, "/api/v1/admin/dashboard/stats?from=2026-01-01&to=2026-01-31");
        assertThat(range.get("importsPerDay")).hasSize(31);
        assertThat(get(admin, "/api/v1/admin/dashboard/stats").get("importsPerDay")).hasSize(30);

        assertFieldError(http.get("/api/v1/admin/dashboard/stats?days=0").bearer(admin.accessToken()).send(),
                422, "VALIDATION_FAILED", "days");
        assertFieldError(http.get("/api/v1/admin/dashboard/stats?from=2026-02-01&to=2026-01-01")
                .bearer(admin.accessToken()).send(), 422, "VALIDATION_FAILED", "from");
        assertFieldError(http.get("/api/v1/admin/dashboard/stats?from=2024-01-01&to=2026-01-01")
                .bearer(admin.accessToken()).send(), 422, "VALIDATION_FAILED", "from");
    }

    @Test
    void marketplaceStatsOfOneVendorShowItsLatestImportPerFeedAndPlatformStatsCount() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        JsonNode job = new Imports(http, vendor.owner().accessToken()).uploadAndWait("de", Feeds.generated("M", 2, 0));

        JsonNode stats = get(admin, "/api/v1/admin/dashboard/stats/marketplace?days=3&vendorId=" + vendor.id());
        assertThat(stats.get("vendorId").asString()).isEqualTo(vendor.id().toString());
        assertThat(stats.get("totals").get("total").asLong()).isEqualTo(1);
        assertThat(stats.get("importsPerDay")).hasSize(3);
        assertThat(stats.get("latestPerMarketplace")).hasSize(1);
        assertThat(stats.get("latestPerMarketplace").get(0).get("jobId").asString()).isEqualTo(job.get("id").asString());
        assertThat(get(admin, "/api/v1/admin/dashboard/stats/marketplace").get("latestPerMarketplace")).isEmpty();
        assertProblem(http.get("/api/v1/admin/dashboard/stats/marketplace?vendorId=" + java.util.UUID.randomUUID())
                .bearer(admin.accessToken()).send(), 404, "VENDOR_NOT_FOUND");

        JsonNode platform = get(admin, "/api/v1/admin/dashboard/stats/platform");
        assertThat(platform.get("vendors").get("total").asLong()).isPositive();
        assertThat(platform.get("users").get("active").asLong()).isPositive();
        assertThat(platform.get("ordersByStatus").isObject()).isTrue();
    }

    @Test
    void onlyAdminsSeeTheDashboard() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        for (String path : new String[] {"/api/v1/admin/dashboard", "/api/v1/admin/dashboard/stats",
                "/api/v1/admin/dashboard/stats/marketplace", "/api/v1/admin/dashboard/stats/platform"}) {
            assertProblem(http.get(path).send(), 401, "UNAUTHENTICATED");
            assertProblem(http.get(path).bearer(vendor.owner().accessToken()).send(), 403, "ACCESS_DENIED");
        }
    }

    @Test
    void anAdminReadsAnyVendorsImportJobItsErrorsAndTheirCsv() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        JsonNode job = new Imports(http, vendor.owner().accessToken()).uploadAndWait("en", Feeds.text(
                new String(Feeds.generated("E", 2, 0), java.nio.charset.StandardCharsets.UTF_8) + BAD_ROW));
        String id = job.get("id").asString();

        JsonNode seen = get(admin, "/api/v1/admin/marketplace-import-jobs/" + id);
        assertThat(seen.get("vendorId").asString()).isEqualTo(vendor.id().toString());
        assertThat(seen.get("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode errors = get(admin, "/api/v1/admin/marketplace-import-jobs/" + id + "/errors");
        assertThat(errors.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(errors.get("content").get(0).get("field").asString()).isEqualTo("price");
        assertThat(errors.get("content").get(0).get("severity").asString()).isEqualTo("ERROR");

        Http.Response csv = http.get("/api/v1/admin/marketplace-import-jobs/" + id + "/errors")
                .bearer(admin.accessToken()).header("Accept", "text/csv").send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("position,field,value,message,severity\r\n").contains("price", "ERROR");

        assertProblem(http.get("/api/v1/admin/marketplace-import-jobs/" + java.util.UUID.randomUUID())
                .bearer(admin.accessToken()).send(), 404, "IMPORT_JOB_NOT_FOUND");
        assertProblem(http.get("/api/v1/admin/marketplace-import-jobs/" + id + "/errors")
                .bearer(vendor.owner().accessToken()).send(), 403, "ACCESS_DENIED");
    }

    private JsonNode get(Fixtures.Session admin, String path) {
        Http.Response response = http.get(path).bearer(admin.accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void put(Fixtures.Session admin, String path, Object body) {
        Http.Response response = http.put(path).bearer(admin.accessToken()).json(body).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
