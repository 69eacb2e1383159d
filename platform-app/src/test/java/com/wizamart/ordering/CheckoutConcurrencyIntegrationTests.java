package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.ordering.application.OrderLifecycle;
import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/** Checkout under races: never more orders than stock, idempotency keys, pending orders that time out. */
class CheckoutConcurrencyIntegrationTests extends ApiTest {

    @Autowired
    OrderLifecycle lifecycle;

    @Test
    void concurrentCheckoutsOfTheLastUnitsNeverOversell() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID hot = shop.product("Limited edition", "99.00", "17", 5);
        int buyers = 16;
        List<Supplier<Http.Response>> checkouts = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            Fixtures.Session customer = fixtures.customer(vendor);
            String session = Shop.newSession();
            assertThat(shop.add(session, customer.accessToken(), hot, 1).status()).isEqualTo(200);
            String key = UUID.randomUUID().toString();
            checkouts.add(() -> shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session)));
        }

        @SuppressWarnings("unchecked")
        List<Http.Response> responses = Concurrently.send(checkouts.toArray(Supplier[]::new));

        Map<Integer, Integer> byStatus = new HashMap<>();
        responses.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        assertThat(byStatus).as(responses.toString()).containsOnlyKeys(201, 409).containsEntry(201, 5);
        responses.stream().filter(r -> r.status() == 409)
                .forEach(r -> assertProblem(r, 409, "INSUFFICIENT_INVENTORY"));
        JsonNode stock = shop.stock(hot);
        assertThat(stock.get("quantity").asInt()).isEqualTo(5);
        assertThat(stock.get("reserved").asInt()).isEqualTo(5);
        assertThat(stock.get("available").asInt()).isZero();
        assertThat(http.get("/api/v1/vendor/orders").bearer(vendor.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isEqualTo(5);
        // order numbers are unique and dense per vendor
        assertThat(responses.stream().filter(r -> r.status() == 201).map(r -> r.json().get("orderNumber").asString())
                .distinct()).hasSize(5);
    }

    @Test
    void concurrentAddsToOneCartAreAllCounted() {
        // each add waits for the cart's lock and must then see the lines the adds before it wrote
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Honey", "8.50", "3", 100);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), product, 1).status()).isEqualTo(200);
        int adds = 12;
        List<Supplier<Http.Response>> requests = new ArrayList<>();
        for (int i = 0; i < adds; i++) {
            requests.add(() -> shop.add(session, customer.accessToken(), product, 1));
        }

        @SuppressWarnings("unchecked")
        List<Http.Response> responses = Concurrently.send(requests.toArray(Supplier[]::new));

        assertThat(responses).as(responses.toString()).allMatch(r -> r.status() == 200);
        JsonNode lines = shop.cart(session, customer.accessToken()).get("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("quantity").asInt()).isEqualTo(1 + adds);
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstOrderAnotherBodyIsRefused() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Cheese", "7.20", "3", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        shop.add(session, customer.accessToken(), product, 2);
        String key = UUID.randomUUID().toString();

        Http.Response first = shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        Http.Response again = shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.json().get("orderNumber").asString()).isEqualTo(first.json().get("orderNumber").asString());
        assertThat(again.json().get("total")).isEqualTo(first.json().get("total"));
        assertThat(shop.stock(product).get("reserved").asInt()).as("reserved once").isEqualTo(2);

        Map<String, Object> other = Map.of("cartSessionId", session, "shippingAddress", Shop.address("Someone else"));
        assertProblem(shop.checkout(customer.accessToken(), key, other), 422, "IDEMPOTENCY_KEY_REUSED");

        // a key is the customer's own: another customer's identical key is a new request
        Fixtures.Session stranger = fixtures.customer(vendor);
        shop.add(session, stranger.accessToken(), product, 1);
        Http.Response theirs = shop.checkout(stranger.accessToken(), key, Shop.checkoutBody(session));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(theirs.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningAnswers409AndOnlyOneOrderIsPlaced() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Bread", "3.10", "3", 50);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        shop.add(session, customer.accessToken(), product, 1);
        String key = UUID.randomUUID().toString();
        List<Supplier<Http.Response>> same = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            same.add(() -> shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session)));
        }

        @SuppressWarnings("unchecked")
        List<Http.Response> responses = Concurrently.send(same.toArray(Supplier[]::new));

        List<String> orderIds = new ArrayList<>();
        for (Http.Response r : responses) {
            if (r.status() == 201) {
                orderIds.add(r.json().get("id").asString());
            } else {
                assertProblem(r, 409, "IDEMPOTENCY_REQUEST_IN_PROGRESS");
            }
        }
        assertThat(orderIds).isNotEmpty();
        assertThat(orderIds.stream().distinct()).hasSize(1);
        assertThat(shop.stock(product).get("reserved").asInt()).isEqualTo(1);
        assertThat(http.get(shop.base() + "/customers/me/orders").bearer(customer.accessToken()).send().json()
                .get("content")).hasSize(1);
        // once it finished, the key replays
        Http.Response replay = shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().get("id").asString()).isEqualTo(orderIds.get(0));
    }

    @Test
    void aRefusedCheckoutLeavesItsKeyFreeForTheRetry() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Butter", "2.50", "3", 1);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        shop.add(session, customer.accessToken(), product, 2);
        String key = UUID.randomUUID().toString();
        assertProblem(shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session)), 409,
                "INSUFFICIENT_INVENTORY");

        http.post("/api/v1/vendor/inventory").bearer(vendor.owner().accessToken())
                .json(Map.of("productId", product, "quantity", 5)).send();
        Http.Response retried = shop.checkout(customer.accessToken(), key, Shop.checkoutBody(session));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    }

    @Test
    void aPendingOrderNotConfirmedInTimeIsCancelledAndItsStockReleased() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID product = shop.product("Chocolate", "4.00", "17", 3);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID stale = UUID.fromString(shop.buy(customer, product, 2).json().get("id").asString());
        UUID confirmed = UUID.fromString(shop.buy(customer, product, 1).json().get("id").asString());
        assertThat(shop.moveTo(confirmed, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.stock(product).get("available").asInt()).isZero();

        // the sweep as the recurring job runs it, with "now" past the hold time of both orders
        assertThat(lifecycle.cancelPendingPlacedBefore(Instant.now())).isGreaterThanOrEqualTo(1);

        JsonNode order = http.get("/api/v1/vendor/orders/" + stale).bearer(vendor.owner().accessToken()).send().json();
        assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
        JsonNode last = order.get("statusHistory").get(order.get("statusHistory").size() - 1);
        assertThat(last.get("actorEmail").asString()).isEqualTo("system");
        JsonNode audited = new AuditLog(http, fixtures.sharedAdmin().accessToken()).entry("ORDER_STATUS_CHANGED", stale);
        assertThat(audited.get("actorEmail").asString()).isEqualTo("system");
        assertThat(audited.get("targetName").asString()).isEqualTo(order.get("orderNumber").asString());
        assertThat(audited.get("after").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(audited.get("clientAddress").isNull()).as("no request, no address").isTrue();
        assertThat(http.get("/api/v1/vendor/orders/" + confirmed).bearer(vendor.owner().accessToken()).send().json()
                .get("status").asString()).as("a confirmed order stays").isEqualTo("CONFIRMED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(shop.stock(product).get("available").asInt()).isEqualTo(2));
        assertThat(lifecycle.cancelPendingPlacedBefore(Instant.now().minusSeconds(3600))).isZero();
    }
}
