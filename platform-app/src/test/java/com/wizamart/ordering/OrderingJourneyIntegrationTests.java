package com.wizamart.ordering;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The whole way of an order through HTTP: a visitor fills a cart, registers, the cart becomes theirs, they check out;
 * the vendor confirms, processes and ships it; stock and movements follow; the customer sees it in their history.
 */
class OrderingJourneyIntegrationTests extends ApiTest {

    @Autowired
    OrderStatistics statistics;

    @Test
    void aVisitorRegistersChecksOutAndTheVendorShipsTheOrder() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID coffee = shop.product("Roasted coffee", "11.70", "17", 10);
        UUID book = shop.product("Cook book", "20.60", "3", 4);

        // an anonymous cart
        String session = Shop.newSession();
        assertThat(shop.add(session, null, coffee, 2).status()).isEqualTo(200);
        JsonNode anonymous = shop.cart(session, null);
        assertThat(anonymous.get("itemCount").asInt()).isEqualTo(2);

        // registering, then using the session with the token: the cart is the customer's now
        Fixtures.Session customer = fixtures.customer(vendor);
        assertThat(shop.add(session, customer.accessToken(), book, 1).status()).isEqualTo(200);
        JsonNode cart = shop.cart(session, customer.accessToken());
        assertThat(cart.get("lines")).hasSize(2);
        assertThat(cart.get("orderable").asBoolean()).isTrue();
        assertThat(cart.get("total").decimalValue()).isEqualByComparingTo("44.00");
        assertThat(cart.get("vat")).hasSize(2);
        assertThat(cart.get("vat").get(0).get("rate").decimalValue()).isEqualByComparingTo("3");
        assertThat(cart.get("vat").get(0).get("tax").decimalValue()).isEqualByComparingTo("0.60");
        assertThat(cart.get("vat").get(1).get("tax").decimalValue()).isEqualByComparingTo("3.40");
        assertThat(shop.cart(session, null).get("lines")).as("the anonymous session no longer holds it").isEmpty();

        // checkout
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Map.of("cartSessionId", session, "shippingAddress", Shop.address("Chris"), "note", "Ring twice",
                        "paymentMethod", Shop.CASH_ON_DELIVERY));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.json();
        UUID orderId = UUID.fromString(order.get("id").asString());
        assertThat(placed.header("Location")).endsWith("/customers/me/orders/" + orderId);
        assertThat(order.get("orderNumber").asString()).isEqualTo(vendor.code().toUpperCase() + "-000001");
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("44.00");
        assertThat(order.get("taxTotal").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(order.get("items")).hasSize(2);
        assertThat(order.get("items").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("11.70");
        assertThat(order.get("items").get(0).get("name").asString()).isEqualTo("Roasted coffee");
        assertThat(order.get("billingAddress").get("city").asString()).isEqualTo("Luxembourg");
        assertThat(shop.cart(session, customer.accessToken()).get("lines")).as("the ordered cart is empty").isEmpty();

        // stock is reserved, nothing sold yet
        assertThat(shop.stock(coffee).get("reserved").asInt()).isEqualTo(2);
        assertThat(shop.stock(coffee).get("available").asInt()).isEqualTo(8);
        assertThat(shop.stock(book).get("available").asInt()).isEqualTo(3);

        // the vendor works the order
        assertThat(shop.moveTo(orderId, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.moveTo(orderId, "PROCESSING").status()).isEqualTo(200);
        assertProblem(shop.moveTo(orderId, "DELIVERED"), 409, "INVALID_ORDER_STATUS");
        Http.Response shipped = shop.changeStatus(orderId, Map.of("status", "SHIPPED", "trackingNumber", "LU123",
                "note", "Parcel left"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.json().get("trackingNumber").asString()).isEqualTo("LU123");

        // inventory follows: the reserved units leave the stock as a sale, once
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode stock = shop.stock(coffee);
            assertThat(stock.get("quantity").asInt()).isEqualTo(8);
            assertThat(stock.get("reserved").asInt()).isZero();
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(shop.stock(book).get("quantity").asInt()).isEqualTo(3));
        JsonNode sales = shop.movements(coffee, "SALE");
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).get("quantity").asInt()).isEqualTo(-2);
        assertThat(sales.get(0).get("reference").asString()).isEqualTo(order.get("orderNumber").asString());
        assertThat(sales.get(0).get("actorEmail").asString()).isEqualTo(vendor.owner().email());
        assertThat(shop.moveTo(orderId, "DELIVERED").status()).isEqualTo(200);

        // the vendor's detail has the history
        JsonNode detail = http.get("/api/v1/vendor/orders/" + orderId).bearer(vendor.owner().accessToken()).send()
                .json();
        assertThat(detail.get("statusHistory")).extracting(h -> h.get("to").asString())
                .containsExactly("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED");
        assertThat(detail.get("statusHistory").get(3).get("note").asString()).isEqualTo("Parcel left");
        assertThat(detail.get("statusHistory").get(3).get("actorEmail").asString())
                .isEqualTo(vendor.owner().email());

        // the customer's history
        Http.Response history = http.get(shop.base() + "/customers/me/orders").bearer(customer.accessToken()).send();
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("content")).hasSize(1);
        assertThat(history.json().get("content").get(0).get("status").asString()).isEqualTo("DELIVERED");
        Http.Response mine = http.get(shop.base() + "/customers/" + customer.userId() + "/orders/" + orderId)
                .bearer(customer.accessToken()).send();
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().get("items")).hasSize(2);
        assertThat(mine.json().has("assigneeId")).isFalse();

        // catalog counts the sales: coffee sells best
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode best = http.get(shop.base() + "/products?sort=bestselling").send().json().get("content");
            assertThat(best.get(0).get("id").asString()).isEqualTo(coffee.toString());
        });

        // statistics: one order today, revenue its total, DELIVERED counted
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<DailyOrderFigures> daily = statistics.daily(vendor.id(), today.minusDays(1), today.plusDays(1));
        assertThat(daily).containsExactly(new DailyOrderFigures(today, "EUR", 1, new BigDecimal("44.00")));
        assertThat(statistics.countByStatus(vendor.id())).containsEntry("DELIVERED", 1L).containsEntry("PENDING", 0L)
                .hasSize(7);
        assertThat(statistics.daily(null, today, today)).anySatisfy(d -> assertThat(d.orders()).isPositive());
    }

    @Test
    void theCartFlagsInactiveAndShortProductsAndCheckoutRefusesThem() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Green tea", "5.00", "17", 1);
        UUID honey = shop.product("Honey", "8.00", "17", 5);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        assertThat(shop.add(session, customer.accessToken(), tea, 3).status()).isEqualTo(200);
        assertThat(shop.add(session, customer.accessToken(), honey, 1).status()).isEqualTo(200);

        JsonNode cart = shop.cart(session, customer.accessToken());
        assertThat(cart.get("orderable").asBoolean()).isFalse();
        assertThat(cart.get("lines").get(0).get("status").asString()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(cart.get("lines").get(0).get("availableQuantity").asInt()).isEqualTo(1);

        // short: 409 naming the line, nothing reserved, cart untouched
        JsonNode problem = assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session)), 409, "INSUFFICIENT_INVENTORY");
        assertThat(problem.get("lines")).hasSize(1);
        assertThat(problem.get("lines").get(0).get("productId").asString()).isEqualTo(tea.toString());
        assertThat(problem.get("lines").get(0).get("requested").asInt()).isEqualTo(3);
        assertThat(problem.get("lines").get(0).get("available").asInt()).isEqualTo(1);
        assertThat(shop.stock(honey).get("reserved").asInt()).isZero();
        assertThat(shop.cart(session, customer.accessToken()).get("lines")).hasSize(2);

        // an inactive product is flagged, and refused at checkout
        http.put("/api/v1/vendor/products/" + honey + "/toggle-active").bearer(vendor.owner().accessToken()).send();
        assertThat(http.put(shop.base() + "/cart/" + session + "/items/" + tea).bearer(customer.accessToken())
                .json(Map.of("quantity", 1)).send().status()).isEqualTo(200);
        cart = shop.cart(session, customer.accessToken());
        assertThat(cart.get("lines").get(1).get("status").asString()).isEqualTo("INACTIVE");
        assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), Shop.checkoutBody(session)),
                409, "CART_NOT_ORDERABLE");
        assertProblem(shop.add(session, customer.accessToken(), honey, 1), 409, "PRODUCT_UNAVAILABLE");

        // removing the line makes it orderable
        assertThat(http.delete(shop.base() + "/cart/" + session + "/items/" + honey).bearer(customer.accessToken())
                .send().status()).isEqualTo(200);
        assertThat(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), Shop.checkoutBody(session))
                .status()).isEqualTo(201);

        // an empty cart
        assertProblem(shop.checkout(customer.accessToken(), UUID.randomUUID().toString(), Shop.checkoutBody(session)),
                422, "CART_EMPTY");
        assertProblem(shop.checkout(customer.accessToken(), null, Shop.checkoutBody(session)), 400,
                "IDEMPOTENCY_KEY_REQUIRED");
    }

    @Test
    void cancellingReleasesTheStockAndARefundMayRestock() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID wine = shop.product("Red wine", "15.00", "17", 6);
        Fixtures.Session customer = fixtures.customer(vendor);

        UUID cancelled = UUID.fromString(shop.buy(customer, wine, 2).json().get("id").asString());
        UUID refunded = UUID.fromString(shop.buy(customer, wine, 3).json().get("id").asString());
        assertThat(shop.stock(wine).get("available").asInt()).isEqualTo(1);

        assertThat(shop.moveTo(cancelled, "CANCELLED").status()).isEqualTo(200);
        assertProblem(shop.moveTo(cancelled, "CONFIRMED"), 409, "INVALID_ORDER_STATUS");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(shop.stock(wine).get("available").asInt()).isEqualTo(3));

        for (String status : List.of("CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED")) {
            assertThat(shop.moveTo(refunded, status).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(shop.stock(wine).get("quantity").asInt()).isEqualTo(3));
        Http.Response refund = shop.changeStatus(refunded, Map.of("status", "REFUNDED", "restock", true));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(shop.stock(wine).get("quantity").asInt()).isEqualTo(6);
            assertThat(shop.stock(wine).get("available").asInt()).isEqualTo(6);
        });
        assertThat(shop.movements(wine, "RETURN")).hasSize(1);
        assertThat(shop.movements(wine, "RELEASE")).hasSize(1);
        assertProblem(shop.moveTo(refunded, "CANCELLED"), 409, "INVALID_ORDER_STATUS");
    }

    @Test
    void theVendorFiltersOrdersAssignsThemAndListsItsCustomers() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID jam = shop.product("Jam", "4.50", "3", 20);
        Fixtures.Session anna = fixtures.customer(vendor);
        Fixtures.Session ben = fixtures.customer(vendor);
        JsonNode first = shop.buy(anna, jam, 1).json();
        shop.buy(anna, jam, 2);
        shop.buy(ben, jam, 3);
        String owner = vendor.owner().accessToken();

        JsonNode all = http.get("/api/v1/vendor/orders").bearer(owner).send().json();
        assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(all.get("content").get(0).get("customerEmail").asString()).isEqualTo(ben.email());
        JsonNode byNumber = http.get("/api/v1/vendor/orders?search=" + first.get("orderNumber").asString())
                .bearer(owner).send().json();
        assertThat(byNumber.get("content")).hasSize(1);
        JsonNode byEmail = http.get("/api/v1/vendor/orders?search=" + anna.email()).bearer(owner).send().json();
        assertThat(byEmail.get("content")).hasSize(2);
        assertThat(http.get("/api/v1/vendor/orders?customerId=" + ben.userId()).bearer(owner).send().json()
                .get("content")).hasSize(1);
        assertThat(http.get("/api/v1/vendor/orders?status=CONFIRMED").bearer(owner).send().json().get("content"))
                .isEmpty();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(http.get("/api/v1/vendor/orders?from=" + today + "&to=" + today).bearer(owner).send().json()
                .get("content")).hasSize(3);
        assertProblem(http.get("/api/v1/vendor/orders?status=LOST").bearer(owner).send(), 422, "VALIDATION_FAILED");

        // assignment: a team member of this vendor only
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        UUID membership = fixtures.membershipId(vendor, manager.email());
        UUID firstId = UUID.fromString(first.get("id").asString());
        Http.Response assigned = http.put("/api/v1/vendor/orders/" + firstId + "/assignee").bearer(owner)
                .json(Map.of("memberId", membership)).send();
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("assigneeId").asString()).isEqualTo(membership.toString());
        assertProblem(http.put("/api/v1/vendor/orders/" + firstId + "/assignee").bearer(owner)
                .json(Map.of("memberId", UUID.randomUUID())).send(), 422, "MEMBER_NOT_FOUND");

        // customers with order count and total spent; a cancelled order counts for neither (ADR 0022)
        assertThat(shop.moveTo(firstId, "CANCELLED").status()).isEqualTo(200);
        // (the list itself, with customers who never ordered, is VendorCustomerIntegrationTests')
        JsonNode customers = http.get("/api/v1/vendor/customers?sort=email,asc").bearer(owner).send().json();
        assertThat(customers.get("content")).hasSize(2);
        Http.Response annas = http.get("/api/v1/vendor/customers/" + anna.userId()).bearer(owner).send();
        assertThat(annas.status()).as(annas.toString()).isEqualTo(200);
        assertThat(annas.json().get("orderCount").asLong()).isEqualTo(1);
        assertThat(annas.json().get("totalSpent").get("EUR").decimalValue()).isEqualByComparingTo("9.00");
        Http.Response one = http.get("/api/v1/vendor/customers/" + ben.userId()).bearer(owner).send();
        assertThat(one.json().get("totalSpent").get("EUR").decimalValue()).isEqualByComparingTo("13.50");

        // a viewer may read but not change orders
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        assertThat(http.get("/api/v1/vendor/orders").bearer(viewer.accessToken()).send().status()).isEqualTo(200);
        assertProblem(http.put("/api/v1/vendor/orders/" + firstId + "/status").bearer(viewer.accessToken())
                .json(Map.of("status", "CONFIRMED")).send(), 403, "ACCESS_DENIED");
    }
}
