package com.wizamart.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.resilience.support.Accounts;
import com.wizamart.resilience.support.Api;
import com.wizamart.resilience.support.Instance;
import com.wizamart.resilience.support.LetzshopFeed;

import tools.jackson.databind.JsonNode;

/**
 * An instance dies (SIGKILL) while the catalog refreshes its published products after an import (the listener of
 * {@code ImportCompleted}); another starts on the same database. The refresh is one transaction: it either committed
 * before the kill, or it rolled back and the registry's resubmission runs it again. Either way every published product
 * ends with the feed's new price, changed once, and the import has one refresh with one change per product.
 */
class CatalogRefreshCrashTests extends CrashScenario {

    private static final int PRODUCTS = 1_000;
    private static final int PRICE_OFFSET = 100;
    private static final String LISTENER = "catalog.refresh-published-products";

    /**
     * Every product's price changes, so the guardrail must let a refresh of all of them through; small pages make
     * the refresh many round trips. A publication unfinished 20 s after it was published is stale (longer than the
     * refresh takes here), and the resubmission job runs every 5 s for publications at least 5 s old.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "wizamart.catalog.refresh.max-changed-share", "1",
            "wizamart.catalog.refresh.page-size", "100",
            "spring.modulith.events.staleness.check-interval", "2s",
            "spring.modulith.events.staleness.published", "20s",
            "spring.modulith.events.staleness.processing", "20s",
            "spring.modulith.events.staleness.resubmitted", "30s",
            "wizamart.events.resubmission.schedule", "*/5 * * * * *",
            "wizamart.events.resubmission.min-age", "PT5S");

    @Test
    void aRefreshKilledHalfwayIsAppliedOnceAfterTheRestart() {
        scenario(() -> {
            Instant begin = Instant.now();
            Path first = LetzshopFeed.write(work.resolve("feed-1.tsv"), "R", PRODUCTS, 0);
            Path second = LetzshopFeed.write(work.resolve("feed-2.tsv"), "R", PRODUCTS, PRICE_OFFSET);
            Instance one = start("refresh-1", SETTINGS);
            Api api = one.api();
            Accounts accounts = new Accounts(api);
            Accounts.Vendor vendor = accounts.vendor(accounts.admin());
            UUID firstJob = importFeed(api, vendor, first);
            publishAll(api, vendor);
            assertThat(database.count("select count(*) from catalog_products where vendor_id = ?", vendor.id()))
                    .as("published products").isEqualTo(PRODUCTS);
            Map<UUID, Long> versions = new HashMap<>();
            database.rows("select id, version from catalog_products where vendor_id = ?", vendor.id())
                    .forEach(r -> versions.put((UUID) r.get("id"), ((Number) r.get("version")).longValue()));
            log("imported " + firstJob + " and published " + PRODUCTS + " products after " + seconds(begin));

            // the changed feed: its ImportCompleted starts a refresh of every product; kill it while it applies
            Api.Response started = api.upload(
                    "/api/v1/vendor/marketplace/import/upload?marketplace=letzshop&language=en", vendor.ownerToken(),
                    "file", second);
            UUID job = UUID.fromString(Accounts.expect(started, 202).get("id").asString());
            await("the refresh of import " + job + " to be applying changes", Duration.ofSeconds(120),
                    Duration.ofMillis(20), () -> refreshApplying() ? true : null);
            one.kill();
            long committedBeforeKill = database.count("select count(*) from catalog_import_refreshes where job_id = ?",
                    job);
            log("killed refresh-1 while the refresh was applying after " + seconds(begin) + "; the refresh "
                    + (committedBeforeKill == 0 ? "had not committed" : "had committed"));
            if (committedBeforeKill == 0) {
                assertThat(database.count("""
                        select count(*) from catalog_products where vendor_id = ? and price_amount >= ?""",
                        vendor.id(), PRICE_OFFSET)).as("products with a new price after the kill (rolled back)")
                        .isZero();
            }

            Instance two = start("refresh-2", SETTINGS);
            log("second instance up after " + seconds(begin));
            Map<String, Object> publication = await("the ImportCompleted publication of " + job + " to complete",
                    Duration.ofSeconds(120), Duration.ofMillis(500), () -> {
                        List<Map<String, Object>> rows = database.rows("""
                                select listener_id, publication_date, last_resubmission_date, completion_date,
                                  completion_attempts, status from event_publication
                                where event_type = 'com.wizamart.marketplace.ImportCompleted'
                                  and serialized_event like ?""", "%" + job + "%");
                        return rows.size() == 1 && rows.getFirst().get("completion_date") != null
                                ? rows.getFirst() : null;
                    });
            log("refresh completed after " + seconds(begin) + ": " + publication);
            assertThat(publication.get("listener_id")).isEqualTo(LISTENER);
            if (committedBeforeKill == 0) {
                assertThat(((Number) publication.get("completion_attempts")).intValue())
                        .as("attempts of the refresh's publication (the killed one, the resubmitted one)")
                        .isGreaterThanOrEqualTo(2);
            }

            List<Map<String, Object>> refreshes = database.rows("""
                    select id, status, products_checked, products_changed, prices_changed, published_products
                    from catalog_import_refreshes where job_id = ?""", job);
            assertThat(refreshes).as("refreshes of import %s", job).hasSize(1);
            Map<String, Object> refresh = refreshes.getFirst();
            assertThat(refresh.get("status")).as("refresh %s", refresh).isEqualTo("APPLIED");
            assertThat(((Number) refresh.get("products_changed")).intValue()).as("products changed: %s", refresh)
                    .isEqualTo(PRODUCTS);
            assertThat(((Number) refresh.get("prices_changed")).intValue()).as("prices changed: %s", refresh)
                    .isEqualTo(PRODUCTS);
            UUID refreshId = (UUID) refresh.get("id");
            Map<String, Object> changes = database.rows("""
                    select count(*) as changes, count(distinct product_id) as products,
                      count(*) filter (where field = 'price' and outcome = 'APPLIED') as prices_applied
                    from catalog_refresh_changes where refresh_id = ?""", refreshId).getFirst();
            assertThat(changes).as("the refresh's recorded changes").containsEntry("changes", (long) PRODUCTS)
                    .containsEntry("products", (long) PRODUCTS).containsEntry("prices_applied", (long) PRODUCTS);
            assertThat(database.count("""
                    select count(*) from catalog_refresh_changes c
                    join catalog_import_refreshes r on r.id = c.refresh_id
                    where r.vendor_id = ?""", vendor.id())).as("recorded changes of all the vendor's refreshes")
                    .isEqualTo(PRODUCTS);

            List<Map<String, Object>> products = database.rows("""
                    select id, source_external_id, price_amount, version from catalog_products where vendor_id = ?""",
                    vendor.id());
            List<String> wrong = new ArrayList<>();
            for (Map<String, Object> product : products) {
                int n = Integer.parseInt(((String) product.get("source_external_id")).substring(2));
                BigDecimal expected = new BigDecimal((10 + PRICE_OFFSET + n % 90) + ".50");
                long version = ((Number) product.get("version")).longValue();
                if (((BigDecimal) product.get("price_amount")).compareTo(expected) != 0
                        || version != versions.get((UUID) product.get("id")) + 1) {
                    wrong.add(product + " (expected price " + expected + ", version "
                            + (versions.get((UUID) product.get("id")) + 1) + ")");
                }
            }
            assertThat(wrong).as("products without the new price or not changed exactly once (of %s)",
                    products.size()).isEmpty();
            assertThat(products).hasSize(PRODUCTS);
            log("verified after " + seconds(begin));
        });
    }

    /**
     * Whether a transaction of this database holds row locks on both the refresh's changes and the products: the
     * refresh has planned and is applying (nothing else writes both).
     */
    private boolean refreshApplying() {
        return database.count("""
                select count(*) from pg_locks changes join pg_locks products on products.pid = changes.pid
                where changes.database = (select oid from pg_database where datname = current_database())
                  and changes.relation = 'catalog_refresh_changes'::regclass and changes.mode = 'RowExclusiveLock'
                  and products.relation = 'catalog_products'::regclass and products.mode = 'RowExclusiveLock'""")
                > 0;
    }

    private static UUID importFeed(Api api, Accounts.Vendor vendor, Path feed) {
        Api.Response started = api.upload("/api/v1/vendor/marketplace/import/upload?marketplace=letzshop&language=en",
                vendor.ownerToken(), "file", feed);
        UUID job = UUID.fromString(Accounts.expect(started, 202).get("id").asString());
        String status = await("import " + job, Duration.ofSeconds(120), Duration.ofMillis(250), () -> {
            String s = Accounts.expect(api.get("/api/v1/vendor/marketplace/jobs/" + job, vendor.ownerToken()), 200)
                    .get("status").asString();
            return s.equals("PENDING") || s.equals("RUNNING") ? null : s;
        });
        assertThat(status).as("import %s", job).isEqualTo("COMPLETED");
        return job;
    }

    /** Publishes every staged product through the bulk publish endpoint, a page of the staged list at a time. */
    private static void publishAll(Api api, Accounts.Vendor vendor) {
        while (true) {
            JsonNode page = Accounts.expect(api.get("/api/v1/vendor/marketplace/products?published=false&size=200",
                    vendor.ownerToken()), 200);
            List<String> ids = new ArrayList<>();
            page.get("content").forEach(p -> ids.add(p.get("id").asString()));
            if (ids.isEmpty()) {
                return;
            }
            JsonNode published = Accounts.expect(api.post("/api/v1/vendor/marketplace/products/publish",
                    vendor.ownerToken(), Map.of("ids", ids)), 200);
            assertThat(published.get("published").asLong()).as("published of %s: %s", ids.size(), published)
                    .isEqualTo(ids.size());
        }
    }
}
