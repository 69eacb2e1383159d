package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The feed's {@code availability} reaches the catalog product (published, refreshed, lockable) and decides at
 * checkout: out of stock is not orderable whatever inventory holds; preorder and backorder may be ordered beyond the
 * stock, the order line records the backordered units, and the order ships once they are in stock.
 */
class FeedAvailabilityIntegrationTests extends ApiTest {

    private static String feed(String... rows) {
        return Feeds.HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static String row(String id, String title, String availability, int quantity) {
        return Feeds.line(Map.of("id", id, "title", title, "availability", availability, "price", "10.00 EUR",
                "quantity", Integer.toString(quantity), "tax_rate", "17"));
    }

    private Map<String, JsonNode> publishAll(String token) {
        Map<String, String> staged = new HashMap<>();
        http.get("/api/v1/vendor/marketplace/products?size=100").bearer(token).send().json().get("content")
                .forEach(p -> staged.put(p.get("externalId").asString(), p.get("id").asString()));
        Http.Response published = http.post("/api/v1/vendor/marketplace/products/publish").bearer(token)
                .json(Map.of("ids", List.copyOf(staged.values()))).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("failed").asInt()).as(published.toString()).isZero();
        return products(token);
    }

    private Map<String, JsonNode> products(String token) {
        Map<String, JsonNode> bySku = new HashMap<>();
        http.get("/api/v1/vendor/products?size=100").bearer(token).send().json().get("content")
                .forEach(p -> bySku.put(p.get("sku").asString(), p));
        return bySku;
    }

    private static UUID id(JsonNode product) {
        return UUID.fromString(product.get("id").asString());
    }

    @Test
    void anOutOfStockProductIsNotOrderableWhateverInventoryHolds() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        Imports imports = new Imports(http, token);
        imports.uploadAndWait("en", Feeds.text(feed(row("A-1", "Apples", "out of stock", 5),
                row("A-3", "Pears", "in stock", 3))));
        Map<String, JsonNode> products = publishAll(token);
        assertThat(products.get("A-1").get("availability").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(products.get("A-3").get("availability").asString()).isEqualTo("IN_STOCK");
        JsonNode shown = http.get(shop.base() + "/products/" + id(products.get("A-1"))).send().json();
        assertThat(shown.get("availability").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(shown.get("availableQuantity").asInt()).isEqualTo(5);

        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        JsonNode refused = assertProblem(shop.add(session, customer.accessToken(), id(products.get("A-1")), 1), 409,
                "PRODUCT_UNAVAILABLE");
        assertThat(refused.get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(shop.add(session, customer.accessToken(), id(products.get("A-3")), 2).status()).isEqualTo(200);

        // the feed marks the pears out of stock: the refresh applies it, the cart line says so
        JsonNode job = imports.uploadAndWait("en", Feeds.text(feed(row("A-1", "Apples", "out of stock", 5),
                row("A-3", "Pears", "out_of_stock", 3))));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(products(token).get("A-3")
                .get("availability").asString()).isEqualTo("OUT_OF_STOCK"));
        JsonNode cart = shop.cart(session, customer.accessToken());
        JsonNode line = cart.get("lines").get(0);
        assertThat(line.get("status").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(line.get("availableQuantity").asInt()).isEqualTo(3);
        assertThat(line.get("reason").asString()).contains("out of stock");
        assertThat(cart.get("orderable").asBoolean()).isFalse();
        assertThat(cart.get("reasons").get(0).get("code").asString()).isEqualTo("OUT_OF_STOCK");

        JsonNode problem = assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session)), 409, "CART_NOT_ORDERABLE");
        assertThat(problem.get("lines").get(0).get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(shop.stock(id(products.get("A-3"))).get("reserved").asInt()).isZero();

        // the vendor says otherwise: the field is locked, the next feed leaves it
        Http.Response edited = http.put("/api/v1/vendor/products/" + id(products.get("A-3"))).bearer(token)
                .json(Map.of("availability", "IN_STOCK")).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("lockedFields").toString()).contains("availability");
        assertThat(shop.cart(session, customer.accessToken()).get("orderable").asBoolean()).isTrue();
        assertThat(http.put("/api/v1/vendor/products/" + id(products.get("A-3"))).bearer(token)
                .json(Map.of("availability", "soon")).send().status()).isEqualTo(422);
        assertThat(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), Shop.checkoutBody(session))
                .status()).isEqualTo(201);
    }

    @Test
    void preordersAndBackordersAreOrderedBeyondTheStockAndShipOnceItArrived() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        new Imports(http, token).uploadAndWait("en", Feeds.text(feed(row("P-1", "New novel", "preorder", 2),
                row("B-1", "Rare tea", "backorder", 0), row("I-1", "Mug", "in stock", 1))));
        Map<String, JsonNode> products = publishAll(token);
        UUID novel = id(products.get("P-1"));
        UUID tea = id(products.get("B-1"));
        UUID mug = id(products.get("I-1"));

        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), novel, 5).status()).isEqualTo(200);
        assertThat(shop.add(session, customer.accessToken(), tea, 1).status()).isEqualTo(200);
        assertThat(shop.add(session, customer.accessToken(), mug, 1).status()).isEqualTo(200);
        JsonNode cart = shop.cart(session, customer.accessToken());
        assertThat(cart.get("orderable").asBoolean()).as(cart.toString()).isTrue();
        assertThat(cart.get("lines").get(0).get("status").asString()).isEqualTo("OK");
        assertThat(cart.get("lines").get(0).get("backorderedQuantity").asInt()).isEqualTo(3);
        assertThat(cart.get("lines").get(0).get("availability").asString()).isEqualTo("PREORDER");
        assertThat(cart.get("lines").get(1).get("backorderedQuantity").asInt()).isEqualTo(1);
        assertThat(cart.get("lines").get(2).get("backorderedQuantity").asInt()).isZero();

        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID order = UUID.fromString(placed.json().get("id").asString());
        JsonNode items = placed.json().get("items");
        assertThat(items.get(0).get("quantity").asInt()).isEqualTo(5);
        assertThat(items.get(0).get("backorderedQuantity").asInt()).isEqualTo(3);
        assertThat(items.get(1).get("backorderedQuantity").asInt()).isEqualTo(1);
        assertThat(items.get(2).get("backorderedQuantity").asInt()).isZero();
        // the reservation took what there was
        assertThat(shop.stock(novel).get("reserved").asInt()).isEqualTo(2);
        assertThat(shop.stock(novel).get("available").asInt()).isZero();
        assertThat(shop.stock(tea).get("reserved").asInt()).isZero();
        JsonNode seen = http.get("/api/v1/vendor/orders/" + order).bearer(token).send().json();
        assertThat(seen.get("items").get(0).get("backorderedQuantity").asInt()).isEqualTo(3);

        // not in stock yet: the order cannot ship, and stays as it was
        assertThat(shop.moveTo(order, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.moveTo(order, "PROCESSING").status()).isEqualTo(200);
        JsonNode notYet = assertProblem(shop.moveTo(order, "SHIPPED"), 409, "BACKORDER_NOT_IN_STOCK");
        assertThat(notYet.get("lines")).hasSize(2);
        assertThat(notYet.get("lines").get(0).get("backordered").asInt()).isEqualTo(3);
        assertThat(notYet.get("lines").get(0).get("available").asInt()).isZero();
        assertThat(http.get("/api/v1/vendor/orders/" + order).bearer(token).send().json().get("status").asString())
                .isEqualTo("PROCESSING");

        // received: shipping reserves the backordered units first, then the sale takes all of them
        receive(token, novel, 3);
        receive(token, tea, 1);
        Http.Response shipped = shop.moveTo(order, "SHIPPED");
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.json().get("items").get(0).get("backorderedQuantity").asInt()).isZero();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(shop.stock(novel).get("quantity").asInt()).isZero();
            assertThat(shop.stock(novel).get("reserved").asInt()).isZero();
            assertThat(shop.stock(tea).get("quantity").asInt()).isZero();
            assertThat(shop.stock(mug).get("quantity").asInt()).isZero();
        });
        int sold = 0;
        for (JsonNode sale : shop.movements(novel, "SALE")) {
            sold -= sale.get("quantity").asInt();
        }
        assertThat(sold).isEqualTo(5);
    }

    /**
     * Refunds before shipping take backordered units first (no stock held them) and release only units stock holds;
     * a reservation that refunds emptied is taken up again when the backordered units arrive and the order ships.
     */
    @Test
    void refundsBeforeShippingTakeBackorderedUnitsFirstAndTheOrderStillShipsOnceTheyArrived() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        new Imports(http, token).uploadAndWait("en", Feeds.text(feed(row("R-1", "Rare tea", "backorder", 0),
                row("R-2", "Mug", "in stock", 1))));
        Map<String, JsonNode> products = publishAll(token);
        UUID tea = id(products.get("R-1"));
        UUID mug = id(products.get("R-2"));
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), tea, 2).status()).isEqualTo(200);
        assertThat(shop.add(session, customer.accessToken(), mug, 1).status()).isEqualTo(200);
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID order = UUID.fromString(placed.json().get("id").asString());
        assertThat(placed.json().get("items").get(0).get("backorderedQuantity").asInt()).isEqualTo(2);
        assertThat(shop.stock(mug).get("reserved").asInt()).isEqualTo(1);
        assertThat(shop.moveTo(order, "CONFIRMED").status()).isEqualTo(200);

        // one tea refunded: it comes off the backordered ones (no stock held it), nothing is released
        refund(token, order, 1, 1);
        JsonNode seen = http.get("/api/v1/vendor/orders/" + order).bearer(token).send().json();
        assertThat(seen.get("items").get(0).get("backorderedQuantity").asInt()).isEqualTo(1);
        assertThat(seen.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(1);

        // the mug refunded: its unit is released and the reservation holds nothing any more
        refund(token, order, 2, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(shop.stock(mug).get("reserved").asInt()).isZero());
        assertThat(shop.movements(tea, "RELEASE")).isEmpty();
        assertProblem(shop.moveTo(order, "SHIPPED"), 409, "BACKORDER_NOT_IN_STOCK");

        // the last tea arrives: shipping reserves it again and sells exactly it
        receive(token, tea, 1);
        Http.Response shipped = shop.moveTo(order, "SHIPPED");
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(shop.stock(tea).get("quantity").asInt()).isZero();
            assertThat(shop.stock(tea).get("reserved").asInt()).isZero();
            assertThat(shop.movements(tea, "SALE")).hasSize(1);
        });
        assertThat(shop.movements(tea, "SALE").get(0).get("quantity").asInt()).isEqualTo(-1);
        assertThat(shop.movements(tea, "RESERVATION").get(0).get("actorEmail").asString())
                .as("who shipped reserved the arrived unit").isEqualTo(vendor.owner().email());
        assertThat(shop.stock(mug).get("quantity").asInt()).isEqualTo(1);
        assertThat(shop.stock(mug).get("available").asInt()).isEqualTo(1);
    }

    private Http.Response refund(String token, UUID order, int lineNo, int quantity) {
        Http.Response refunded = http.post("/api/v1/vendor/orders/" + order + "/refunds").bearer(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json(Map.of("lines", java.util.List.of(Map.of("lineNo", lineNo, "quantity", quantity)))).send();
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        return refunded;
    }

    private void receive(String token, UUID product, int quantity) {
        Http.Response received = http.post("/api/v1/vendor/inventory").bearer(token)
                .json(Map.of("productId", product, "quantity", quantity, "reason", "delivery")).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }
}
