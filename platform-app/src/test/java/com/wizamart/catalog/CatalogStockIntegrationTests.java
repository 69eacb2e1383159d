package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/** The catalog's stock lives in inventory; listings follow inventory's figures through StockLevelChanged. */
class CatalogStockIntegrationTests extends ApiTest {

    @Test
    void aProductsInitialStockGoesToInventoryAndListingsFollowInventoryChanges() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Http.Response created = http.post("/api/v1/vendor/products").bearer(token).json(Map.of(
                "sku", Fixtures.unique("STK"), "name", "Stocked mug", "price", 12.5, "currency", "EUR",
                "initialQuantity", 3)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        Http.Response stock = http.get("/api/v1/vendor/inventory?productId=" + id).bearer(token).send();
        assertThat(stock.json().get("content").get(0).get("quantity").asInt()).isEqualTo(3);
        String publicPath = "/api/v1/public/vendors/" + vendor.code() + "/products/" + id;
        assertThat(http.get(publicPath).send().json().get("availableQuantity").asInt()).isEqualTo(3);

        Http.Response received = http.post("/api/v1/vendor/inventory").bearer(token)
                .json(Map.of("productId", id, "quantity", 4)).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(http.get(publicPath).send().json().get("availableQuantity").asInt()).isEqualTo(7));
    }
}
