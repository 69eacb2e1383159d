package com.wizamart.catalog;

import static com.wizamart.catalog.CatalogFeeds.feed;
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * A product deleted from the catalog takes its stock rows with it (its movements stay, ending with the person who
 * removed it); its staged source published again has one stock row. A product whose units are held by an open order
 * is not deleted.
 */
class CatalogProductRemovalIntegrationTests extends ApiTest {

    private static final String INVENTORY = "/api/v1/vendor/inventory";

    @Test
    void aDeletedProductLeavesNoStockRowAndItsRepublishedSourceHasExactlyOne() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        new Imports(http, token).uploadAndWait("en", feed("RM", 1, CatalogFeeds::row));
        String staged = stagedIds(http, token).get("RM-1");
        Http.Response published = http.post("/api/v1/vendor/products/from-import/" + staged).bearer(token)
                .json(Map.of("initialQuantity", 6)).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String first = published.json().get("id").asString();
        // stock at a second location too
        Http.Response location = http.post(INVENTORY + "/locations").bearer(token)
                .json(Map.of("code", "BACK", "name", "Back room")).send();
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        Http.Response received = http.post(INVENTORY).bearer(token)
                .json(Map.of("productId", first, "location", "BACK", "quantity", 2)).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(stockRows(token).get("page").get("totalElements").asLong()).isEqualTo(2);

        Http.Response deleted = http.delete("/api/v1/vendor/products/" + first).bearer(token).send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        assertThat(stockRows(token).get("page").get("totalElements").asLong())
                .as("no stock row of a deleted product").isZero();
        // the history stays: each location's units leave with the person who removed the product
        JsonNode removals = http.get(INVENTORY + "/movements?type=ADJUSTMENT&productId=" + first).bearer(token).send()
                .json().get("content");
        assertThat(removals).hasSize(2);
        assertThat(removals).allSatisfy(m -> {
            assertThat(m.get("onHandAfter").asInt()).isZero();
            assertThat(m.get("actorEmail").asString()).isEqualTo(vendor.owner().email());
            assertThat(m.get("actorId").asString()).isEqualTo(vendor.owner().userId().toString());
            assertThat(m.get("reason").asString()).contains("removed");
        });
        assertThat(removals).extracting(m -> m.get("quantity").asInt()).containsExactlyInAnyOrder(-6, -2);
        assertThat(http.get(INVENTORY + "/movements?productId=" + first).bearer(token).send().json().get("page")
                .get("totalElements").asLong()).isEqualTo(4);

        Http.Response republished = http.post("/api/v1/vendor/products/from-import/" + staged).bearer(token).send();
        assertThat(republished.status()).as(republished.toString()).isEqualTo(201);
        String second = republished.json().get("id").asString();
        JsonNode rows = stockRows(token);
        assertThat(rows.get("page").get("totalElements").asLong()).as("one stock row after republishing")
                .isEqualTo(1);
        assertThat(rows.get("content").get(0).get("productId").asString()).isEqualTo(second);
        assertThat(rows.get("content").get(0).get("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void aProductWhoseUnitsAnOpenOrderHoldsIsNotDeletedUntilTheOrderIsSettled() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Held jar", "4.00", "17", 5);
        Http.Response order = shop.buy(fixtures.customer(vendor), product, 2);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);

        JsonNode problem = assertProblem(http.delete("/api/v1/vendor/products/" + product).bearer(token).send(), 409,
                "PRODUCT_STOCK_RESERVED");
        assertThat(problem.get("reserved").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/vendor/products/" + product).bearer(token).send().status()).isEqualTo(200);
        JsonNode stock = shop.stock(product);
        assertThat(stock.get("quantity").asInt()).isEqualTo(5);
        assertThat(stock.get("reserved").asInt()).isEqualTo(2);

        // once the order is cancelled (its units released), the product goes, and its stock rows with it
        assertThat(shop.moveTo(UUID.fromString(order.json().get("id").asString()), "CANCELLED").status())
                .isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(shop.stock(product).get("reserved").asInt()).isZero());
        Http.Response deleted = http.delete("/api/v1/vendor/products/" + product).bearer(token).send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(stockRows(token).get("page").get("totalElements").asLong()).isZero();
    }

    private JsonNode stockRows(String token) {
        Http.Response list = http.get(INVENTORY).bearer(token).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }
}
