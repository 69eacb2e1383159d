package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.inventory.StockLevelChanged;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

/** The catalog's stock lives in inventory; listings follow inventory's figures through StockLevelChanged. */
class CatalogStockIntegrationTests extends ApiTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

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

    /**
     * Events of one product can arrive out of order: a publication an instance left unfinished when it died is
     * resubmitted minutes later, after newer ones were handled. The listing keeps inventory's current figure.
     */
    @Test
    void aLateStockLevelChangedNeverPutsBackTheOlderFigureItCarries() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Late lamp", "20.00", "17", 10);
        String publicPath = "/api/v1/public/vendors/" + vendor.code() + "/products/" + product;
        assertThat(shop.buy(fixtures.customer(vendor), product, 3).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(http.get(publicPath).send().json().get("availableQuantity").asInt()).isEqualTo(7));
        long handled = handledStockEvents(product);

        // the product's first figure (10 available) delivered again, now
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                events.publishEvent(new StockLevelChanged(vendor.id(), product, 10, 10, 0)));
        await().atMost(Duration.ofSeconds(20)).until(() -> handledStockEvents(product) > handled);

        assertThat(http.get(publicPath).send().json().get("availableQuantity").asInt())
                .as("available quantity shown after the late event (inventory: 10 on hand, 3 reserved)").isEqualTo(7);
        assertThat(shop.stock(product).get("available").asInt()).isEqualTo(7);
    }

    private long handledStockEvents(UUID product) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'catalog.record-stock-level'
                          and completion_date is not null and serialized_event like :product""")
                .param("product", "%" + product + "%").query(Long.class).single();
    }
}
