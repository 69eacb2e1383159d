package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.productsBySku;
import static com.wizamart.catalog.CatalogFeeds.refreshOf;
import static com.wizamart.catalog.CatalogFeeds.row;
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.support.ApiTest;
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
        UUID held = productId(token, "RS-1");
        UUID other = productId(token, "RS-2");
        createLocation(token, "WH");
        receive(token, held, "WH", 4);
        Http.Response order = shop.buy(fixtures.customer(vendor), held, 5);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(stockAt(token, held, "DEFAULT").get("reserved").asInt()).isEqualTo(3);
        assertThat(stockAt(token, held, "WH").get("reserved").asInt()).isEqualTo(2);

        byte[] lowered = feed("RS", 2, i -> quantity(i, i == 1 ? 1 : 8));
        JsonNode job = imports.uploadAndWait("en", lowered);
        JsonNode refresh = refreshOf(http, token, job);

        assertThat(refresh.get("status").asString()).isEqualTo("APPLIED");
        assertThat(refresh.get("summary").get("productsApplied").asInt()).isEqualTo(1);
        assertThat(refresh.get("summary").get("productsSkipped").asInt()).isEqualTo(1);
        JsonNode skipped = change(token, refresh, "RS-1", "quantity");
        assertThat(skipped.get("outcome").asString()).isEqualTo("SKIPPED_STOCK_RESERVED");
        assertThat(skipped.get("reasonCode").asString()).isEqualTo("STOCK_RESERVED");
        assertThat(skipped.get("reason").asString()).contains("DEFAULT", "3", "1");
        assertThat(skipped.get("from").asString()).isEqualTo("3");
        assertThat(skipped.get("to").asString()).isEqualTo("1");
        JsonNode applied = change(token, refresh, "RS-2", "quantity");
        assertThat(applied.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(applied.get("from").asString()).isEqualTo("5");
        assertThat(shop.stock(other).get("quantity").asInt()).isEqualTo(8);
        assertThat(stockAt(token, held, "DEFAULT").get("quantity").asInt()).isEqualTo(3);
        assertThat(stockAt(token, held, "WH").get("quantity").asInt()).isEqualTo(4);
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
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(refreshPublications(job.get("id").asString(), false)).as("completed").isEqualTo(1));
        assertThat(refreshPublications(job.get("id").asString(), true)).as("left incomplete").isZero();

        // the order ships: 3 units leave the default location, 2 the other one
        UUID orderId = UUID.fromString(order.json().get("id").asString());
        for (String status : List.of("CONFIRMED", "PROCESSING", "SHIPPED")) {
            assertThat(shop.moveTo(orderId, status).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(stockAt(token, held, "WH").get("quantity").asInt()).isEqualTo(2));
        assertThat(stockAt(token, held, "DEFAULT").get("quantity").asInt()).isZero();

        // the same feed again: the skipped product is checked again and its feed location set to the feed's figure
        JsonNode again = imports.uploadAndWait("en", lowered);
        JsonNode second = refreshOf(http, token, again);
        assertThat(second.get("summary").get("productsApplied").asInt()).isEqualTo(1);
        assertThat(second.get("summary").get("productsSkipped").asInt()).isZero();
        JsonNode set = change(token, second, "RS-1", "quantity");
        assertThat(set.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(set.get("from").asString()).isEqualTo("0");
        assertThat(set.get("to").asString()).isEqualTo("1");
        assertThat(stockAt(token, held, "DEFAULT").get("quantity").asInt()).isEqualTo(1);
        assertThat(stockAt(token, held, "WH").get("quantity").asInt()).as("other locations are never touched")
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
        UUID ordered = productId(token, "AP-1");
        Shop shop = new Shop(http, vendor);
        assertThat(shop.buy(fixtures.customer(vendor), ordered, 6).status()).isEqualTo(201);

        // every product's stock drops to 2: held by the guardrail
        JsonNode job = imports.uploadAndWait("en", feed("AP", 20, i -> quantity(i, 2)));
        JsonNode held = refreshOf(http, token, job);
        assertThat(held.get("status").asString()).isEqualTo("HELD");

        Http.Response approved = http.post("/api/v1/vendor/catalog/refreshes/" + held.get("id").asString()
                + "/approve").bearer(token).send();

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("summary").get("productsApplied").asInt()).isEqualTo(19);
        assertThat(approved.json().get("summary").get("productsSkipped").asInt()).isEqualTo(1);
        assertThat(change(token, held, "AP-1", "quantity").get("reasonCode").asString()).isEqualTo("STOCK_RESERVED");
        assertThat(shop.stock(ordered).get("quantity").asInt()).isEqualTo(10);
        assertThat(shop.stock(productId(token, "AP-2")).get("quantity").asInt()).isEqualTo(2);
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
        JsonNode kept = change(token, refresh, "RJ-1", "price");
        assertThat(kept.get("outcome").asString()).isEqualTo("KEPT_REJECTED");
        assertThat(kept.get("reasonCode").asString()).isEqualTo("VALUE_REJECTED");
        assertThat(change(token, refresh, "RJ-1", "quantity").get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(refresh.get("summary").get("rejectedKept").asInt()).isEqualTo(2);
        assertThat(refresh.get("summary").get("pricesChanged").asInt()).isZero();
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
        UUID counted = productId(token, "MC-1");
        count(token, counted, "DEFAULT", 0);

        JsonNode refresh = refreshOf(http, token, imports.uploadAndWait("en", feed("MC", 2, i -> quantity(i, 30))));

        JsonNode change = change(token, refresh, "MC-1", "quantity");
        assertThat(change.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(change.get("from").asString()).as("the count it replaces").isEqualTo("0");
        assertThat(change.get("to").asString()).isEqualTo("30");
        assertThat(stockAt(token, counted, "DEFAULT").get("quantity").asInt()).isEqualTo(30);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static CatalogFeeds.Row quantity(int i, int quantity) {
        CatalogFeeds.Row r = row(i);
        return new CatalogFeeds.Row(r.title(), r.description(), r.price(), quantity, r.brand());
    }

    private static CatalogFeeds.Row price(int i, String price, int quantity) {
        CatalogFeeds.Row r = row(i);
        return new CatalogFeeds.Row(r.title(), r.description(), price, quantity, r.brand());
    }

    private UUID productId(String token, String sku) {
        return UUID.fromString(productsBySku(http, token).get(sku).get("id").asString());
    }

    private void createLocation(String token, String code) {
        Http.Response created = http.post("/api/v1/vendor/inventory/locations").bearer(token)
                .json(Map.of("code", code, "name", "Location " + code)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private void receive(String token, UUID product, String location, int quantity) {
        Http.Response received = http.post("/api/v1/vendor/inventory").bearer(token)
                .json(Map.of("productId", product, "location", location, "quantity", quantity)).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }

    private void count(String token, UUID product, String location, int quantity) {
        String id = stockAt(token, product, location).get("id").asString();
        Http.Response counted = http.put("/api/v1/vendor/inventory/" + id).bearer(token)
                .json(Map.of("quantity", quantity, "reason", "counted")).send();
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
    }

    /** The product's stock row at the location with that code. */
    private JsonNode stockAt(String token, UUID product, String location) {
        Http.Response rows = http.get("/api/v1/vendor/inventory?productId=" + product).bearer(token).send();
        assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
        for (JsonNode row : rows.json().get("content")) {
            if (location.equals(row.get("locationCode").asString())) {
                return row;
            }
        }
        throw new AssertionError("no stock of " + product + " at " + location + ": " + rows);
    }

    /** The refresh's change of one product's field. */
    private JsonNode change(String token, JsonNode refresh, String sku, String field) {
        Http.Response changes = http.get("/api/v1/vendor/catalog/refreshes/" + refresh.get("id").asString()
                + "/changes?size=500").bearer(token).send();
        assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
        Map<String, JsonNode> found = new HashMap<>();
        changes.json().get("content").forEach(c -> found.put(c.get("sku").asString() + "/" + c.get("field").asString(),
                c));
        JsonNode change = found.get(sku + "/" + field);
        assertThat(change).as("change of " + sku + " " + field + " in " + changes).isNotNull();
        return change;
    }

    /** Publications of the catalog's refresh listener for the job, completed or not. */
    private long refreshPublications(String jobId, boolean incomplete) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'catalog.refresh-published-products'
                          and serialized_event like :job and (completion_date is null) = :incomplete""")
                .param("job", "%" + jobId + "%").param("incomplete", incomplete).query(Long.class).single();
    }
}
