package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.change;
import static com.wizamart.catalog.CatalogFeeds.createLocation;
import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.price;
import static com.wizamart.catalog.CatalogFeeds.productId;
import static com.wizamart.catalog.CatalogFeeds.productsBySku;
import static com.wizamart.catalog.CatalogFeeds.quantity;
import static com.wizamart.catalog.CatalogFeeds.receive;
import static com.wizamart.catalog.CatalogFeeds.refreshOf;
import static com.wizamart.catalog.CatalogFeeds.row;
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static com.wizamart.catalog.CatalogFeeds.stockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.marketplace.ImportCompleted;
import com.wizamart.support.ApiTest;
import com.wizamart.support.AsOwner;
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * What an import does to published products when people and orders changed them too: stock held by orders, a
 * second location, counts made by hand, refreshes the vendor rejected.
 */
class CatalogRefreshIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    /**
     * Stock at two locations (3 at the default one, 4 at another) and 5 held by a pending order; the feed lowers the
     * product to 1 and changes another product's quantity. The product whose stock orders hold is skipped with its
     * reason, the other change applies, the import shows the partial refresh, the event is done with; once the order
     * has shipped, importing the feed again sets the feed location's stock to the feed's figure.
     */
    @Test
    void aFeedBelowWhatOrdersHoldSkipsThatProductAndAppliesTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        Shop shop = new Shop(http, vendor);
        imports.uploadAndWait("en", feed("RS", 2, i -> quantity(i, i == 1 ? 3 : 5)));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        UUID held = productId(http, token, "RS-1");
        UUID other = productId(http, token, "RS-2");
        createLocation(http, token, "WH");
        receive(http, token, held, "WH", 4);
        Http.Response order = shop.buy(fixtures.customer(vendor), held, 5);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(stockAt(http, token, held, "DEFAULT").get("reserved").asInt()).isEqualTo(3);
        assertThat(stockAt(http, token, held, "WH").get("reserved").asInt()).isEqualTo(2);

        byte[] lowered = feed("RS", 2, i -> quantity(i, i == 1 ? 1 : 8));
        JsonNode job = imports.uploadAndWait("en", lowered);
        JsonNode refresh = refreshOf(http, token, job);

        assertThat(refresh.get("status").asString()).isEqualTo("APPLIED");
        assertThat(refresh.get("summary").get("productsApplied").asInt()).isEqualTo(1);
        assertThat(refresh.get("summary").get("productsSkipped").asInt()).isEqualTo(1);
        JsonNode skipped = change(http, token, refresh, "RS-1", "quantity");
        assertThat(skipped.get("outcome").asString()).isEqualTo("SKIPPED_STOCK_RESERVED");
        assertThat(skipped.get("reasonCode").asString()).isEqualTo("STOCK_RESERVED");
        assertThat(skipped.get("reason").asString()).contains("DEFAULT", "3", "1");
        assertThat(skipped.get("from").asString()).isEqualTo("3");
        assertThat(skipped.get("to").asString()).isEqualTo("1");
        JsonNode applied = change(http, token, refresh, "RS-2", "quantity");
        assertThat(applied.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(applied.get("from").asString()).isEqualTo("5");
        assertThat(shop.stock(other).get("quantity").asInt()).isEqualTo(8);
        assertThat(stockAt(http, token, held, "DEFAULT").get("quantity").asInt()).isEqualTo(3);
        assertThat(stockAt(http, token, held, "WH").get("quantity").asInt()).isEqualTo(4);
        JsonNode onlySkipped = http.get("/api/v1/vendor/catalog/refreshes/" + refresh.get("id").asString()
                + "/changes?skipped=true").bearer(token).send().json();
        assertThat(onlySkipped.get("content")).hasSize(1);
        assertThat(onlySkipped.get("content").get(0).get("sku").asString()).isEqualTo("RS-1");

        JsonNode reported = await().atMost(Duration.ofSeconds(20)).until(
                () -> imports.job(job.get("id").asString()).get("catalogRefresh"), r -> r != null && !r.isNull());
        assertThat(reported.get("refreshId").asString()).isEqualTo(refresh.get("id").asString());
        assertThat(reported.get("status").asString()).isEqualTo("APPLIED");
        assertThat(reported.get("productsApplied").asInt()).isEqualTo(1);
        assertThat(reported.get("productsSkipped").asInt()).isEqualTo(1);
        JsonNode asAdmin = http.get("/api/v1/admin/marketplace-import-jobs/" + job.get("id").asString())
                .bearer(fixtures.sharedAdmin().accessToken()).send().json().get("catalogRefresh");
        assertThat(asAdmin.get("productsSkipped").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(refreshPublications(job.get("id").asString(), false)).as("completed").isEqualTo(1));
        assertThat(refreshPublications(job.get("id").asString(), true)).as("left incomplete").isZero();

        // the event delivered again: still one refresh for the job, nothing applied twice
        ImportCompleted completed = new ImportCompleted(UUID.fromString(job.get("id").asString()), vendor.id(),
                "letzshop", "en", "COMPLETED", 0, 2, 0, 0);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(completed));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(refreshPublications(job.get("id").asString(), false)).isEqualTo(2));
        assertThat(http.get("/api/v1/vendor/catalog/refreshes?jobId=" + job.get("id").asString()).bearer(token)
                .send().json().get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(shop.stock(other).get("quantity").asInt()).isEqualTo(8);

        // the order ships: 3 units leave the default location, 2 the other one
        UUID orderId = UUID.fromString(order.json().get("id").asString());
        for (String status : List.of("CONFIRMED", "PROCESSING", "SHIPPED")) {
            assertThat(shop.moveTo(orderId, status).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(stockAt(http, token, held, "WH").get("quantity").asInt()).isEqualTo(2));
        assertThat(stockAt(http, token, held, "DEFAULT").get("quantity").asInt()).isZero();

        // the same feed again: the skipped product is checked again and its feed location set to the feed's figure
        JsonNode again = imports.uploadAndWait("en", lowered);
        JsonNode second = refreshOf(http, token, again);
        assertThat(second.get("summary").get("productsApplied").asInt()).isEqualTo(1);
        assertThat(second.get("summary").get("productsSkipped").asInt()).isZero();
        JsonNode set = change(http, token, second, "RS-1", "quantity");
        assertThat(set.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(set.get("from").asString()).isEqualTo("0");
        assertThat(set.get("to").asString()).isEqualTo("1");
        assertThat(stockAt(http, token, held, "DEFAULT").get("quantity").asInt()).isEqualTo(1);
        assertThat(stockAt(http, token, held, "WH").get("quantity").asInt()).as("other locations are never touched")
                .isEqualTo(2);
        assertThat(productsBySku(http, token).get("RS-1").get("source").get("feedQuantity").asInt()).isEqualTo(1);
    }

    /** A held refresh is approved while an order holds one of its products: the rest applies, never a 500. */
    @Test
    void approvingAHeldRefreshWhileAnOrderHoldsOneOfItsProductsAppliesTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed("AP", 20, i -> quantity(i, 10)));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        UUID ordered = productId(http, token, "AP-1");
        Shop shop = new Shop(http, vendor);
        assertThat(shop.buy(fixtures.customer(vendor), ordered, 6).status()).isEqualTo(201);

        // every product's stock drops to 2: held by the guardrail
        JsonNode job = imports.uploadAndWait("en", feed("AP", 20, i -> quantity(i, 2)));
        JsonNode held = refreshOf(http, token, job);
        assertThat(held.get("status").asString()).isEqualTo("HELD");

        // approved twice at once (a double click): one approval applies it, the other finds it decided
        String approve = "/api/v1/vendor/catalog/refreshes/" + held.get("id").asString() + "/approve";
        List<Http.Response> both = Concurrently.send(() -> http.post(approve).bearer(token).send(),
                () -> http.post(approve).bearer(token).send());

        assertThat(both).extracting(Http.Response::status).as(both.toString()).containsExactlyInAnyOrder(200, 409);
        Http.Response approved = both.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("summary").get("productsApplied").asInt()).isEqualTo(19);
        assertThat(approved.json().get("summary").get("productsSkipped").asInt()).isEqualTo(1);
        assertThat(change(http, token, held, "AP-1", "quantity").get("reasonCode").asString())
                .isEqualTo("STOCK_RESERVED");
        assertThat(change(http, token, held, "AP-2", "quantity").get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(shop.stock(ordered).get("quantity").asInt()).isEqualTo(10);
        assertThat(shop.stock(productId(http, token, "AP-2")).get("quantity").asInt()).isEqualTo(2);
        JsonNode reported = imports.job(job.get("id").asString()).get("catalogRefresh");
        assertThat(reported.get("status").asString()).isEqualTo("APPROVED");
        assertThat(reported.get("productsSkipped").asInt()).isEqualTo(1);
    }

    /** A price the vendor rejected stays rejected while the feed keeps offering it; an import of stock only. */
    @Test
    void aRejectedPriceIsNotBroughtBackByAnImportThatChangesOnlyQuantities() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed("RJ", 20, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        JsonNode repriced = imports.uploadAndWait("en", feed("RJ", 20, i -> price(i, (50 + i) + ".00", i)));
        JsonNode held = refreshOf(http, token, repriced);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        Http.Response rejected = http.post("/api/v1/vendor/catalog/refreshes/" + held.get("id").asString()
                + "/reject").bearer(token).send();
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

        // the feed still asks the rejected prices; two products' stock changes
        JsonNode restocked = imports.uploadAndWait("en", feed("RJ", 20, i -> price(i, (50 + i) + ".00",
                i <= 2 ? i + 100 : i)));
        JsonNode refresh = refreshOf(http, token, restocked);

        assertThat(refresh.get("status").asString()).isEqualTo("APPLIED");
        Map<String, JsonNode> products = productsBySku(http, token);
        assertThat(products.get("RJ-1").get("price").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(products.get("RJ-2").get("price").decimalValue()).isEqualByComparingTo("12.00");
        JsonNode kept = change(http, token, refresh, "RJ-1", "price");
        assertThat(kept.get("outcome").asString()).isEqualTo("KEPT_REJECTED");
        assertThat(kept.get("reasonCode").asString()).isEqualTo("VALUE_REJECTED");
        assertThat(change(http, token, refresh, "RJ-1", "quantity").get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(refresh.get("summary").get("rejectedKept").asInt()).isEqualTo(2);
        assertThat(refresh.get("summary").get("pricesChanged").asInt()).isZero();

        // the feed moves on to another price for one product: planned and applied like any other
        JsonNode moved = refreshOf(http, token, imports.uploadAndWait("en", feed("RJ", 20, i -> price(i,
                i == 1 ? "61.00" : (50 + i) + ".00", i <= 2 ? i + 100 : i))));
        assertThat(change(http, token, moved, "RJ-1", "price").get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(productsBySku(http, token).get("RJ-1").get("price").decimalValue()).isEqualByComparingTo("61.00");
        assertThat(productsBySku(http, token).get("RJ-2").get("price").decimalValue()).isEqualByComparingTo("12.00");

        // unlocking the price asks to follow the feed again: the rejection ends, the feed's price is set
        Http.Response unlocked = http.delete("/api/v1/vendor/products/" + productId(http, token, "RJ-2")
                + "/locks/price").bearer(token).send();
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().get("price").decimalValue()).isEqualByComparingTo("52.00");
    }

    /** When people in the platform own prices, the feed's new prices are recorded and never applied. */
    @Test
    void whenThePlatformOwnsPricesTheFeedsPricesAreRecordedButNeverApplied() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        setOwners(token, null, "PLATFORM");
        imports.uploadAndWait("en", feed("PP", 3, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        assertThat(productsBySku(http, token).get("PP-1").get("price").decimalValue())
                .as("the feed's price on first publish").isEqualByComparingTo("11.00");

        JsonNode refresh = refreshOf(http, token, imports.uploadAndWait("en", feed("PP", 3, i -> {
            CatalogFeeds.Row r = row(i);
            return new CatalogFeeds.Row("Renamed " + i, r.description(), (30 + i) + ".00", i + 5, r.brand());
        })));

        JsonNode price = change(http, token, refresh, "PP-1", "price");
        assertThat(price.get("outcome").asString()).isEqualTo("KEPT_PLATFORM_OWNED");
        assertThat(price.get("reasonCode").asString()).isEqualTo("PLATFORM_OWNS_PRICE");
        assertThat(price.get("from").asString()).isEqualTo("11.00");
        assertThat(price.get("to").asString()).isEqualTo("31.00");
        assertThat(change(http, token, refresh, "PP-1", "name.en").get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(change(http, token, refresh, "PP-1", "quantity").get("outcome").asString())
                .as("the feed still owns stock").isEqualTo("APPLIED");
        assertThat(refresh.get("summary").get("platformKept").asInt()).isEqualTo(3);
        assertThat(refresh.get("summary").get("pricesChanged").asInt()).isZero();
        Map<String, JsonNode> products = productsBySku(http, token);
        assertThat(products.get("PP-1").get("price").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(products.get("PP-1").get("name").asString()).isEqualTo("Renamed 1");
        assertThat(products.get("PP-1").get("lockedFields")).as("nothing locked for it").isEmpty();
    }

    /**
     * When people in the platform own stock, the feed gives the starting stock only: a later feed quantity is
     * recorded, against the stock as it is now, and never changes inventory.
     */
    @Test
    void whenThePlatformOwnsStockTheFeedGivesOnlyTheStartingStock() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        setOwners(token, "PLATFORM", null);
        imports.uploadAndWait("en", feed("PS", 2, i -> quantity(i, 24)));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        UUID counted = productId(http, token, "PS-1");
        assertThat(stockAt(http, token, counted, "DEFAULT").get("quantity").asInt()).as("starting stock").isEqualTo(24);
        count(token, counted, "DEFAULT", 0);

        JsonNode refresh = refreshOf(http, token, imports.uploadAndWait("en", feed("PS", 2, i -> quantity(i, 30))));

        JsonNode kept = change(http, token, refresh, "PS-1", "quantity");
        assertThat(kept.get("outcome").asString()).isEqualTo("KEPT_PLATFORM_OWNED");
        assertThat(kept.get("reasonCode").asString()).isEqualTo("PLATFORM_OWNS_STOCK");
        assertThat(kept.get("from").asString()).as("the stock as it is now").isEqualTo("0");
        assertThat(kept.get("to").asString()).isEqualTo("30");
        assertThat(refresh.get("summary").get("stockChanged").asInt()).isZero();
        assertThat(refresh.get("summary").get("platformKept").asInt()).isEqualTo(2);
        assertThat(stockAt(http, token, counted, "DEFAULT").get("quantity").asInt()).isZero();
        assertThat(stockAt(http, token, productId(http, token, "PS-2"), "DEFAULT").get("quantity").asInt())
                .isEqualTo(24);
        assertThat(new Shop(http, vendor).movements(counted, "IMPORT")).as("only the starting stock").hasSize(1);
    }

    /**
     * The feed location is a vendor setting (the default location until chosen): validated, and the only location a
     * feed's quantity sets, absolutely.
     */
    @Test
    void theFeedSetsTheStockOfTheChosenFeedLocationOnly() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        String token = vendor.owner().accessToken();
        String settings = "/api/v1/vendor/inventory/settings";
        assertThat(http.get(settings).bearer(token).send().json().get("feedLocation").get("code").asString())
                .isEqualTo("DEFAULT");
        Http.Response unknown = http.put(settings).bearer(token).json(Map.of("feedLocation", "NOPE")).send();
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("LOCATION_NOT_FOUND");
        Http.Response blank = http.put(settings).bearer(token).json(Map.of("feedLocation", " ")).send();
        assertThat(blank.status()).as(blank.toString()).isEqualTo(422);
        String othersLocation = http.post("/api/v1/vendor/inventory/locations").bearer(other.owner().accessToken())
                .json(Map.of("code", "THEIRS", "name", "Theirs")).send().json().get("id").asString();
        Http.Response foreign = http.put(settings).bearer(token).json(Map.of("feedLocation", othersLocation)).send();
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        createLocation(http, token, "WH");
        Http.Response chosen = http.put(settings).bearer(token).json(Map.of("feedLocation", "wh")).send();
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().get("feedLocation").get("code").asString()).isEqualTo("WH");
        JsonNode locations = http.get("/api/v1/vendor/inventory/locations").bearer(token).send().json()
                .get("content");
        for (JsonNode location : locations) {
            assertThat(location.get("feedLocation").asBoolean()).as(location.toString())
                    .isEqualTo("WH".equals(location.get("code").asString()));
        }

        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed("FL", 2, i -> quantity(i, 5)));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        UUID product = productId(http, token, "FL-1");
        assertThat(stockAt(http, token, product, "WH").get("quantity").asInt())
                .as("starting stock at the feed location").isEqualTo(5);
        receive(http, token, product, "DEFAULT", 3);

        JsonNode refresh = refreshOf(http, token, imports.uploadAndWait("en", feed("FL", 2, i -> quantity(i, 2))));

        JsonNode set = change(http, token, refresh, "FL-1", "quantity");
        assertThat(set.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(set.get("from").asString()).isEqualTo("5");
        assertThat(stockAt(http, token, product, "WH").get("quantity").asInt()).isEqualTo(2);
        assertThat(stockAt(http, token, product, "DEFAULT").get("quantity").asInt()).as("never touched").isEqualTo(3);
        JsonNode movement = new Shop(http, vendor).movements(product, "IMPORT").get(0);
        assertThat(movement.get("quantity").asInt()).isEqualTo(-3);
        assertThat(movement.get("onHandAfter").asInt()).isEqualTo(2);

        // locked, the stock is the vendor's; unlocked, the feed's current figure is set at the feed location at once
        assertThat(http.put("/api/v1/vendor/products/" + product + "/locks/quantity").bearer(token).send().status())
                .isEqualTo(200);
        JsonNode locked = refreshOf(http, token, imports.uploadAndWait("en", feed("FL", 2, i -> quantity(i, 7))));
        assertThat(change(http, token, locked, "FL-1", "quantity").get("outcome").asString()).isEqualTo("KEPT_LOCKED");
        assertThat(stockAt(http, token, product, "WH").get("quantity").asInt()).isEqualTo(2);
        Http.Response unlocked = http.delete("/api/v1/vendor/products/" + product + "/locks/quantity").bearer(token)
                .send();
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().get("source").get("feedQuantity").asInt()).isEqualTo(7);
        assertThat(stockAt(http, token, product, "WH").get("quantity").asInt()).isEqualTo(7);
        assertThat(stockAt(http, token, product, "DEFAULT").get("quantity").asInt()).isEqualTo(3);
    }

    /**
     * A refresh that fails on something unexpected is recorded FAILED (and shown with the import) instead of being
     * retried in silence; the vendor retries it. Approving a held refresh that fails alike answers the refresh
     * FAILED, and a retry applies the approved plan.
     */
    @Test
    void aRefreshThatFailsIsRecordedShownWithTheImportAndRetriedByTheVendor() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        String prefix = Fixtures.unique("FX");
        imports.uploadAndWait("en", feed(prefix, 3, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        String trigger = refuseUpdatesOf(prefix + "-2");
        JsonNode job;
        JsonNode failed;
        try {
            job = imports.uploadAndWait("en", feed(prefix, 3, i -> price(i, (40 + i) + ".00", i)));
            failed = refreshOf(http, token, job);
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("failure").asString()).contains("unexpected error", "retry", "Reference")
                    .doesNotContain("SQL", "Exception", "refused_by_test");
            JsonNode reported = imports.job(job.get("id").asString()).get("catalogRefresh");
            assertThat(reported.get("status").asString()).isEqualTo("FAILED");
            assertThat(reported.get("message").asString()).isEqualTo(failed.get("failure").asString());
            assertThat(productsBySku(http, token).get(prefix + "-1").get("price").decimalValue())
                    .as("nothing of the attempt applied").isEqualByComparingTo("11.00");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(refreshPublications(job.get("id").asString(), false)).isEqualTo(1));
            assertThat(refreshPublications(job.get("id").asString(), true)).as("never retried silently").isZero();
        } finally {
            dropRefusal(trigger);
        }
        String path = "/api/v1/vendor/catalog/refreshes/" + failed.get("id").asString();
        Http.Response retried = http.post(path + "/retry").bearer(token).send();
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("APPLIED");
        assertThat(retried.json().get("failure").isNull()).isTrue();
        assertThat(retried.json().get("summary").get("productsApplied").asInt()).isEqualTo(3);
        assertThat(productsBySku(http, token).get(prefix + "-2").get("price").decimalValue())
                .isEqualByComparingTo("42.00");
        assertThat(imports.job(job.get("id").asString()).get("catalogRefresh").get("status").asString())
                .isEqualTo("APPLIED");
        Http.Response again = http.post(path + "/retry").bearer(token).send();
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("CATALOG_REFRESH_NOT_FAILED");

        // a held refresh whose approval fails: answered FAILED, its plan kept; the retry applies it
        String held = Fixtures.unique("FH");
        imports.uploadAndWait("en", feed(held, 12, CatalogFeeds::row));
        CatalogFeeds.publish(http, token, stagedIds(http, token).entrySet().stream()
                .filter(e -> e.getKey().startsWith(held)).map(Map.Entry::getValue).toList());
        JsonNode heldRefresh = refreshOf(http, token, imports.uploadAndWait("en", feed(held, 12,
                i -> price(i, (70 + i) + ".00", i))));
        assertThat(heldRefresh.get("status").asString()).isEqualTo("HELD");
        String heldPath = "/api/v1/vendor/catalog/refreshes/" + heldRefresh.get("id").asString();
        String refusal = refuseUpdatesOf(held + "-5");
        try {
            Http.Response approved = http.post(heldPath + "/approve").bearer(token).send();
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().get("status").asString()).isEqualTo("FAILED");
        } finally {
            dropRefusal(refusal);
        }
        assertThat(productsBySku(http, token).get(held + "-1").get("price").decimalValue())
                .isEqualByComparingTo("11.00");
        Http.Response applied = http.post(heldPath + "/retry").bearer(token).send();
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(applied.json().get("decidedBy").asString()).isEqualTo(vendor.owner().userId().toString());
        assertThat(productsBySku(http, token).get(held + "-5").get("price").decimalValue())
                .isEqualByComparingTo("75.00");
    }

    /**
     * A count made by hand (down to 0) meets a feed that says 30. When the feed owns stock it sets the figure, and
     * the change shows the count it replaces, not the feed's previous figure.
     */
    @Test
    void whenTheFeedOwnsStockItReplacesAHandCountVisibly() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", feed("MC", 2, i -> quantity(i, 24)));
        CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        UUID counted = productId(http, token, "MC-1");
        count(token, counted, "DEFAULT", 0);

        JsonNode refresh = refreshOf(http, token, imports.uploadAndWait("en", feed("MC", 2, i -> quantity(i, 30))));

        JsonNode change = change(http, token, refresh, "MC-1", "quantity");
        assertThat(change.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(change.get("from").asString()).as("the count it replaces").isEqualTo("0");
        assertThat(change.get("to").asString()).isEqualTo("30");
        assertThat(stockAt(http, token, counted, "DEFAULT").get("quantity").asInt()).isEqualTo(30);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Sets who owns stock and prices ({@literal null}: unchanged). */
    private void setOwners(String token, String stockOwner, String priceOwner) {
        Map<String, Object> body = new HashMap<>();
        body.put("defaultLanguage", "en");
        body.put("defaultTaxRate", 17);
        if (stockOwner != null) {
            body.put("stockOwner", stockOwner);
        }
        if (priceOwner != null) {
            body.put("priceOwner", priceOwner);
        }
        Http.Response saved = http.put("/api/v1/vendor/catalog/settings").bearer(token).json(body).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        if (stockOwner != null) {
            assertThat(saved.json().get("stockOwner").asString()).isEqualTo(stockOwner);
        }
        if (priceOwner != null) {
            assertThat(saved.json().get("priceOwner").asString()).isEqualTo(priceOwner);
        }
    }

    /**
     * Makes the database refuse every update of the product with this SKU (something no refresh can expect): a
     * trigger, installed as the tables' owner. Answers its name for {@link #dropRefusal(String)}.
     */
    private String refuseUpdatesOf(String sku) {
        String trigger = "test_refuse_" + Math.abs(sku.hashCode());
        AsOwner.run(environment, """
                create function %1$s() returns trigger language plpgsql security definer as $f$
                begin
                  if new.sku = '%2$s' then
                    raise exception 'refused_by_test' using errcode = 'check_violation';
                  end if;
                  return new;
                end $f$;
                create trigger %1$s before update on catalog_products for each row execute function %1$s()"""
                .formatted(trigger, sku));
        return trigger;
    }

    private void dropRefusal(String trigger) {
        AsOwner.run(environment, "drop trigger %1$s on catalog_products; drop function %1$s()".formatted(trigger));
    }

    private void count(String token, UUID product, String location, int quantity) {
        String id = stockAt(http, token, product, location).get("id").asString();
        Http.Response counted = http.put("/api/v1/vendor/inventory/" + id).bearer(token)
                .json(Map.of("quantity", quantity, "reason", "counted")).send();
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
    }

    /** Publications of the catalog's refresh listener for the job, completed or not. */
    private long refreshPublications(String jobId, boolean incomplete) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'catalog.refresh-published-products'
                          and serialized_event like :job and (completion_date is null) = :incomplete""")
                .param("job", "%" + jobId + "%").param("incomplete", incomplete).query(Long.class).single();
    }
}
