package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.awaitility.Awaitility;

import com.wizamart.support.Feeds;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/** Feeds shaped for catalog tests, and the catalog's view of what an import did. */
final class CatalogFeeds {

    private CatalogFeeds() {
    }

    /** One feed row's varying values. */
    record Row(String title, String description, String price, int quantity, String brand) {
    }

    /** {@code rows} products with ids {@code prefix-1..n}, each row from {@code row(i)}. */
    static byte[] feed(String prefix, int rows, IntFunction<Row> row) {
        StringBuilder feed = new StringBuilder(Feeds.HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            Row r = row.apply(i);
            feed.append(prefix).append('-').append(i).append('\t').append(r.title()).append('\t')
                    .append(r.description()).append("\thttps://shop.example/p/").append(i)
                    .append("\thttps://img.example/").append(i).append(".jpg\t\tin_stock\t").append(r.price())
                    .append(" EUR\t\t").append(r.brand()).append("\t\t\tnew\t\tHome > Things\t\t\t\t\t\tno\tno\t")
                    .append(r.quantity()).append("\t17\tpackage_delivery\n");
        }
        return feed.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The default row {@code i}: title "Thing i", price 10 + i, quantity i, brand "Maker". */
    static Row row(int i) {
        return new Row("Thing " + i, "A thing, number " + i, (10 + i) + ".00", i, "Maker");
    }

    /** The default row {@code i} with another quantity. */
    static Row quantity(int i, int quantity) {
        return price(i, row(i).price(), quantity);
    }

    /** The default row {@code i} with another price and quantity. */
    static Row price(int i, String price, int quantity) {
        Row r = row(i);
        return new Row(r.title(), r.description(), price, quantity, r.brand());
    }

    /** Staged product id by external id (the feed's {@code id}), for the vendor of {@code token}. */
    static Map<String, String> stagedIds(Http http, String token) {
        Map<String, String> ids = new HashMap<>();
        int page = 0;
        JsonNode body;
        do {
            Http.Response list = http.get("/api/v1/vendor/marketplace/products?size=200&page=" + page++).bearer(token)
                    .send();
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            body = list.json();
            body.get("content").forEach(p -> ids.put(p.get("externalId").asString(), p.get("id").asString()));
        } while (body.get("page").get("number").asInt() + 1 < body.get("page").get("totalPages").asInt());
        return ids;
    }

    /** Publishes staged products in bulk and answers the response. */
    static JsonNode publish(Http http, String token, List<String> stagedIds) {
        Http.Response published = http.post("/api/v1/vendor/marketplace/products/publish").bearer(token)
                .json(Map.of("ids", stagedIds)).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.json();
    }

    /** Waits for the catalog's refresh of an import job (it runs after the job's commit) and answers it. */
    static JsonNode refreshOf(Http http, String token, JsonNode job) {
        String path = "/api/v1/vendor/catalog/refreshes?jobId=" + job.get("id").asString();
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Http.Response list = http.get(path).bearer(token).send();
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            JsonNode content = list.json().get("content");
            found[0] = content.isEmpty() ? null : content.get(0);
            return found[0] != null;
        });
        return found[0];
    }

    /** The vendor's products by SKU. */
    static Map<String, JsonNode> productsBySku(Http http, String token) {
        Map<String, JsonNode> bySku = new HashMap<>();
        Http.Response list = http.get("/api/v1/vendor/products?size=200").bearer(token).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        list.json().get("content").forEach(p -> bySku.put(p.get("sku").asString(), p));
        return bySku;
    }

    /** The id of the vendor's product with this SKU. */
    static UUID productId(Http http, String token, String sku) {
        JsonNode product = productsBySku(http, token).get(sku);
        assertThat(product).as("product " + sku).isNotNull();
        return UUID.fromString(product.get("id").asString());
    }

    /** Creates a stock location with this code. */
    static void createLocation(Http http, String token, String code) {
        Http.Response created = http.post("/api/v1/vendor/inventory/locations").bearer(token)
                .json(Map.of("code", code, "name", "Location " + code)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Receives units of the product at the location with this code (a {@code RECEIPT}). */
    static void receive(Http http, String token, UUID product, String location, int quantity) {
        Http.Response received = http.post("/api/v1/vendor/inventory").bearer(token)
                .json(Map.of("productId", product, "location", location, "quantity", quantity)).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }

    /** The product's stock row at the location with that code. */
    static JsonNode stockAt(Http http, String token, UUID product, String location) {
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
    static JsonNode change(Http http, String token, JsonNode refresh, String sku, String field) {
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
}
