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
import com.wizamart.support.Concurrently;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * The order lifecycle a shop runs on: shipping straight from {@code CONFIRMED}, partial refunds by line and quantity
 * (with or without restock, idempotent, never more than was sold), returns after shipping, cancelling only before
 * shipping, and assignment to team members (in the history, with names, and the {@code mine} filter).
 */
class OrderLifecycleIntegrationTests extends ApiTest {

    private static final Duration STOCK_FOLLOWS = Duration.ofSeconds(20);

    @Test
    void aConfirmedOrderShipsStraightAway() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID soap = shop.product("Olive soap", "6.00", "17", 4);
        UUID order = id(shop.buy(fixtures.customer(vendor), soap, 2));
        assertThat(shop.moveTo(order, "CONFIRMED").status()).isEqualTo(200);

        Http.Response shipped = shop.changeStatus(order, Map.of("status", "SHIPPED", "trackingNumber", "LU-777"));

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("trackingNumber").asString()).isEqualTo("LU-777");
        assertThat(shipped.json().get("statusHistory")).extracting(h -> h.get("to").asString())
                .containsExactly("PENDING", "CONFIRMED", "SHIPPED");
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> {
            JsonNode stock = shop.stock(soap);
            assertThat(stock.get("quantity").asInt()).isEqualTo(2);
            assertThat(stock.get("reserved").asInt()).isZero();
        });
    }

    @Test
    void partialRefundsPutBackExactlyTheRestockedUnitsWhereTheyCameFromAndTheLastOneEndsTheOrder() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String owner = vendor.owner().accessToken();
        UUID lamp = shop.product("Desk lamp", "30.00", "17", 1);
        createLocation(owner, "WH-2", 10);
        receive(owner, lamp, "WH-2", 5);
        // 3 units: 1 from the default location (taken first), 2 from WH-2
        Http.Response placed = shop.buy(fixtures.customer(vendor), lamp, 3);
        UUID order = id(placed);
        String number = placed.json().get("orderNumber").asString();
        ship(shop, order);
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> {
            assertThat(onHand(owner, lamp, "DEFAULT")).isZero();
            assertThat(onHand(owner, lamp, "WH-2")).isEqualTo(3);
        });

        // one unit refunded without restock: stock stays as it is
        Http.Response kept = refund(owner, order, key(), Map.of("lines", List.of(line(1, 1)), "reason", "scratched"));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(kept.json().get("amount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(kept.json().get("lines").get(0).get("restock").asBoolean()).isFalse();
        JsonNode afterFirst = order(owner, order);
        assertThat(afterFirst.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(afterFirst.get("refundedTotal").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(afterFirst.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(1);

        // one unit with restock: back to the location it came from first (the default location), exactly one
        Map<String, Object> restocked = Map.of("lines", List.of(Map.of("productId", lamp, "quantity", 1)),
                "restock", true);
        Http.Response back = refund(owner, order, key(), restocked);
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> assertThat(onHand(owner, lamp, "DEFAULT")).isEqualTo(1));
        assertThat(onHand(owner, lamp, "WH-2")).isEqualTo(3);

        // the last unit with restock (per line): the default location gave only one, so it goes to WH-2
        Map<String, Object> last = Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1, "restock", true)));
        Http.Response third = refund(owner, order, key(), last);
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> assertThat(onHand(owner, lamp, "WH-2")).isEqualTo(4));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(onHand(owner, lamp, "DEFAULT")).isEqualTo(1);
            assertThat(shop.stock(lamp).get("quantity").asInt()).as("the unit refunded without restock").isEqualTo(5);
        });
        assertThat(shop.movements(lamp, "RETURN")).hasSize(2)
                .allSatisfy(m -> assertThat(m.get("quantity").asInt()).isEqualTo(1))
                .allSatisfy(m -> assertThat(m.get("reference").asString()).as("the order number")
                        .isEqualTo(number));

        // everything refunded: the order is REFUNDED, with its three refunds
        JsonNode refunded = order(owner, order);
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(refunded.get("refundedTotal").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(refunded.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(3);
        assertThat(refunded.get("refunds")).hasSize(3);
        assertThat(refunded.get("refunds").get(0).get("reason").asString()).isEqualTo("scratched");
        assertThat(refunded.get("refunds").get(0).get("actorEmail").asString()).isEqualTo(vendor.owner().email());
        assertThat(refunded.get("statusHistory")).extracting(h -> h.get("to").asString())
                .containsExactly("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "REFUNDED");
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(1, 1)))), 409, "ORDER_NOT_REFUNDABLE");
    }

    @Test
    void refundsAreCheckedAgainstWhatWasSoldAndARetryDoesNotRefundTwice() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String owner = vendor.owner().accessToken();
        UUID tea = shop.product("Black tea", "4.50", "3", 10);
        UUID cups = shop.product("Tea cups", "12.00", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        String session = Shop.newSession();
        shop.add(session, customer.accessToken(), tea, 3);
        shop.add(session, customer.accessToken(), cups, 2);
        UUID order = id(shop.checkout(customer.accessToken(), key(), Shop.checkoutBody(session)));
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(1, 1)))), 409, "ORDER_NOT_REFUNDABLE");
        ship(shop, order);

        // more than was sold: refused, naming the line, nothing written
        JsonNode tooMany = assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(1, 4)))), 409,
                "REFUND_QUANTITY_EXCEEDED");
        assertThat(tooMany.get("lines").get(0).get("lineNo").asInt()).isEqualTo(1);
        assertThat(tooMany.get("lines").get(0).get("refundable").asInt()).isEqualTo(3);
        assertThat(order(owner, order).get("refundedTotal").decimalValue()).isZero();

        // the same request sent twice with its key: one refund
        String retried = key();
        Map<String, Object> body = Map.of("lines", List.of(line(1, 2), line(2, 1)), "reason", "late");
        Http.Response first = refund(owner, order, retried, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("amount").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(first.header("Location")).endsWith("/orders/" + order + "/refunds/" + first.json().get("id").asString());
        Http.Response again = refund(owner, order, retried, body);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        JsonNode once = order(owner, order);
        assertThat(once.get("refundedTotal").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(once.get("refunds")).hasSize(1);
        assertThat(once.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(2);
        assertThat(once.get("items").get(1).get("refundedQuantity").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/vendor/orders/" + order + "/refunds/" + first.json().get("id").asString())
                .bearer(owner).send().json().get("amount").decimalValue()).isEqualByComparingTo("21.00");
        assertProblem(refund(owner, order, retried, Map.of("lines", List.of(line(1, 1)))), 422,
                "IDEMPOTENCY_KEY_REUSED");
        assertProblem(refund(owner, order, null, body), 400, "IDEMPOTENCY_KEY_REQUIRED");
        // what is left of line 1 is 1 unit
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(1, 2)))), 409,
                "REFUND_QUANTITY_EXCEEDED");
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(1, 0)))), 422, "VALIDATION_FAILED");
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of())), 422, "VALIDATION_FAILED");

        // lines and orders that are not this order's, or not this vendor's, are not found
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(7, 1)))), 404, "ORDER_LINE_NOT_FOUND");
        Fixtures.VendorAccount other = fixtures.vendor();
        Shop otherShop = new Shop(http, other);
        UUID otherProduct = otherShop.product("Their tea", "4.50", "3", 10);
        UUID otherOrder = id(otherShop.buy(fixtures.customer(other), otherProduct, 1));
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(Map.of("productId", otherProduct,
                "quantity", 1)))), 404, "ORDER_LINE_NOT_FOUND");
        assertProblem(refund(owner, otherOrder, key(), Map.of("lines", List.of(line(1, 1)))), 404, "ORDER_NOT_FOUND");
        assertProblem(refund(other.owner().accessToken(), order, key(), Map.of("lines", List.of(line(1, 1)))), 404,
                "ORDER_NOT_FOUND");
        assertProblem(http.get("/api/v1/vendor/orders/" + order + "/refunds/" + first.json().get("id").asString())
                .bearer(other.owner().accessToken()).send(), 404, "ORDER_NOT_FOUND");

        // neither a customer nor a viewer may refund
        assertProblem(refund(customer.accessToken(), order, key(), Map.of("lines", List.of(line(1, 1)))), 403,
                "ACCESS_DENIED");
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        assertProblem(refund(viewer.accessToken(), order, key(), Map.of("lines", List.of(line(1, 1)))), 403,
                "ACCESS_DENIED");
        assertThat(order(owner, order).get("refundedTotal").decimalValue()).isEqualByComparingTo("21.00");
    }

    @Test
    void theSameRefundSentFourTimesAtOnceRefundsOnce() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String owner = vendor.owner().accessToken();
        UUID candle = shop.product("Candle", "7.00", "17", 10);
        UUID order = id(shop.buy(fixtures.customer(vendor), candle, 4));
        ship(shop, order);
        String retried = key();
        Map<String, Object> body = Map.of("lines", List.of(line(1, 1)), "restock", true);

        List<Http.Response> answers = Concurrently.send(() -> refund(owner, order, retried, body),
                () -> refund(owner, order, retried, body), () -> refund(owner, order, retried, body),
                () -> refund(owner, order, retried, body));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(answers).extracting(a -> a.json().get("id").asString()).containsOnly(
                answers.get(0).json().get("id").asString());
        assertThat(answers).filteredOn(a -> a.header("Idempotent-Replayed") == null).hasSize(1);
        JsonNode once = order(owner, order);
        assertThat(once.get("refundedTotal").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(once.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(1);
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> assertThat(shop.stock(candle).get("quantity").asInt())
                .isEqualTo(7));
        assertThat(shop.movements(candle, "RETURN")).hasSize(1);
    }

    @Test
    void aRefundBeforeShippingGivesTheUnitsBackAndShippingSellsTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String owner = vendor.owner().accessToken();
        UUID jam = shop.product("Fig jam", "5.00", "3", 5);
        UUID order = id(shop.buy(fixtures.customer(vendor), jam, 3));
        assertThat(shop.moveTo(order, "CONFIRMED").status()).isEqualTo(200);

        Http.Response dropped = refund(owner, order, key(), Map.of("lines", List.of(line(1, 1))));

        assertThat(dropped.status()).as(dropped.toString()).isEqualTo(201);
        assertThat(dropped.json().get("lines").get(0).get("restock").asBoolean()).as("never left: always back")
                .isTrue();
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> {
            JsonNode stock = shop.stock(jam);
            assertThat(stock.get("reserved").asInt()).isEqualTo(2);
            assertThat(stock.get("available").asInt()).isEqualTo(3);
        });
        assertThat(shop.changeStatus(order, Map.of("status", "SHIPPED")).status()).isEqualTo(200);
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> {
            JsonNode stock = shop.stock(jam);
            assertThat(stock.get("quantity").asInt()).isEqualTo(3);
            assertThat(stock.get("reserved").asInt()).isZero();
        });
        assertThat(shop.movements(jam, "SALE").get(0).get("quantity").asInt()).isEqualTo(-2);
    }

    @Test
    void cancellingAfterShippingIsRefusedPointingToReturns() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID vase = shop.product("Vase", "25.00", "17", 3);
        UUID order = id(shop.buy(fixtures.customer(vendor), vase, 1));
        ship(shop, order);

        JsonNode refused = assertProblem(shop.moveTo(order, "CANCELLED"), 409, "ORDER_SHIPPED_USE_RETURN");

        assertThat(refused.get("currentStatus").asString()).isEqualTo("SHIPPED");
        assertThat(shop.moveTo(order, "DELIVERED").status()).isEqualTo(200);
        assertProblem(shop.moveTo(order, "CANCELLED"), 409, "ORDER_SHIPPED_USE_RETURN");
        assertThat(order(vendor.owner().accessToken(), order).get("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void aShippedOrderIsNotCancelledButReturnedAndAReturnOfEverythingEndsItRefunded() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String owner = vendor.owner().accessToken();
        UUID mug = shop.product("Mug", "8.00", "17", 6);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID order = id(shop.buy(customer, mug, 3));
        assertThat(shop.moveTo(order, "CONFIRMED").status()).isEqualTo(200);
        assertProblem(requestReturn(owner, order, Map.of("lines", List.of(line(1, 1)))), 409,
                "ORDER_NOT_RETURNABLE");
        assertThat(shop.moveTo(order, "SHIPPED").status()).isEqualTo(200);
        assertProblem(shop.moveTo(order, "CANCELLED"), 409, "ORDER_SHIPPED_USE_RETURN");
        assertThat(shop.moveTo(order, "DELIVERED").status()).isEqualTo(200);
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> assertThat(shop.stock(mug).get("quantity").asInt())
                .isEqualTo(3));

        // the customer asks to return two mugs
        Http.Response asked = http.post(shop.base() + "/customers/me/orders/" + order + "/returns")
                .bearer(customer.accessToken())
                .json(Map.of("lines", List.of(line(1, 2)), "reason", "wrong colour")).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("status").asString()).isEqualTo("REQUESTED");
        String firstReturn = asked.json().get("id").asString();
        assertThat(asked.json().has("actorEmail")).as("no staff details for customers").isFalse();
        // units held by an open return can be neither returned again nor refunded directly
        assertProblem(requestReturn(owner, order, Map.of("lines", List.of(line(1, 2)))), 409,
                "RETURN_QUANTITY_EXCEEDED");
        assertProblem(refund(owner, order, key(), Map.of("lines", List.of(line(1, 2)))), 409,
                "REFUND_QUANTITY_EXCEEDED");
        assertProblem(returnStatus(owner, order, firstReturn, Map.of("status", "REFUNDED")), 409,
                "INVALID_RETURN_STATUS");

        // the vendor receives them back into stock, then refunds the return
        Http.Response received = returnStatus(owner, order, firstReturn, Map.of("status", "RECEIVED",
                "restock", true));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().get("status").asString()).isEqualTo("RECEIVED");
        await().atMost(STOCK_FOLLOWS).untilAsserted(() -> assertThat(shop.stock(mug).get("quantity").asInt())
                .isEqualTo(5));
        Http.Response refundedReturn = returnStatus(owner, order, firstReturn, Map.of("status", "REFUNDED"));
        assertThat(refundedReturn.status()).as(refundedReturn.toString()).isEqualTo(200);
        String refundId = refundedReturn.json().get("refundId").asString();
        // a retried move changes nothing
        Http.Response retried = returnStatus(owner, order, firstReturn, Map.of("status", "REFUNDED"));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("refundId").asString()).isEqualTo(refundId);
        JsonNode partly = order(owner, order);
        assertThat(partly.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(partly.get("refundedTotal").decimalValue()).isEqualByComparingTo("16.00");
        assertThat(partly.get("refunds")).hasSize(1);
        assertThat(partly.get("refunds").get(0).get("returnId").asString()).isEqualTo(firstReturn);
        assertThat(partly.get("returns").get(0).get("status").asString()).isEqualTo("REFUNDED");

        // the vendor records the return of the last mug, received without restock (broken), and refunds it
        Http.Response recorded = requestReturn(owner, order, Map.of("lines", List.of(line(1, 1))));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String lastReturn = recorded.json().get("id").asString();
        assertThat(recorded.json().get("actorEmail").asString()).isEqualTo(vendor.owner().email());
        assertThat(returnStatus(owner, order, lastReturn, Map.of("status", "RECEIVED")).status()).isEqualTo(200);
        assertThat(returnStatus(owner, order, lastReturn, Map.of("status", "REFUNDED")).status()).isEqualTo(200);

        JsonNode done = order(owner, order);
        assertThat(done.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(done.get("refundedTotal").decimalValue()).isEqualByComparingTo("24.00");
        assertThat(done.get("returns")).hasSize(2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(shop.stock(mug).get("quantity").asInt()).as("the broken mug stays out").isEqualTo(5));
        JsonNode customersView = http.get(shop.base() + "/customers/me/orders/" + order)
                .bearer(customer.accessToken()).send().json();
        assertThat(customersView.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(customersView.get("returns")).hasSize(2);

        // another customer, another vendor: not found
        Fixtures.Session stranger = fixtures.customer(vendor);
        assertProblem(http.post(shop.base() + "/customers/me/orders/" + order + "/returns")
                .bearer(stranger.accessToken()).json(Map.of("lines", List.of(line(1, 1)))).send(), 404,
                "ORDER_NOT_FOUND");
        Fixtures.VendorAccount other = fixtures.vendor();
        assertProblem(returnStatus(other.owner().accessToken(), order, firstReturn, Map.of("status", "RECEIVED")),
                404, "ORDER_NOT_FOUND");
        assertProblem(returnStatus(owner, order, UUID.randomUUID().toString(), Map.of("status", "RECEIVED")), 404,
                "RETURN_NOT_FOUND");
    }

    @Test
    void assignmentsAreInTheHistoryWithNamesAndMineListsTheCallersOrders() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        String owner = vendor.owner().accessToken();
        UUID oil = shop.product("Olive oil", "9.00", "3", 20);
        Fixtures.Session customer = fixtures.customer(vendor);
        UUID first = id(shop.buy(customer, oil, 1));
        UUID second = id(shop.buy(customer, oil, 1));
        id(shop.buy(customer, oil, 1));
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        UUID managerMembership = fixtures.membershipId(vendor, manager.email());
        UUID ownerMembership = fixtures.membershipId(vendor, vendor.owner().email());

        assertThat(assign(owner, first, managerMembership).status()).isEqualTo(200);
        assertThat(assign(owner, second, managerMembership).status()).isEqualTo(200);
        Http.Response handedOver = assign(manager.accessToken(), first, ownerMembership);
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        Http.Response back = assign(owner, first, managerMembership);

        JsonNode detail = back.json();
        assertThat(detail.get("assignee").get("id").asString()).isEqualTo(managerMembership.toString());
        assertThat(detail.get("assignee").get("name").asString()).isEqualTo("Tess Member");
        assertThat(detail.get("assignee").get("email").asString()).isEqualTo(manager.email());
        List<JsonNode> assignments = detail.get("statusHistory").valueStream()
                .filter(h -> h.get("type").asString().equals("ASSIGNMENT")).toList();
        assertThat(assignments).hasSize(3);
        assertThat(assignments.get(0).has("fromAssignee")).isFalse();
        assertThat(assignments.get(0).get("toAssignee").get("name").asString()).isEqualTo("Tess Member");
        assertThat(assignments.get(0).get("actorEmail").asString()).isEqualTo(vendor.owner().email());
        assertThat(assignments.get(1).get("fromAssignee").get("email").asString()).isEqualTo(manager.email());
        assertThat(assignments.get(1).get("toAssignee").get("name").asString()).isEqualTo("Olga Owner");
        assertThat(assignments.get(1).get("actorEmail").asString()).isEqualTo(manager.email());
        assertThat(detail.get("statusHistory").get(0).get("type").asString()).isEqualTo("STATUS");
        // assigning the same person again writes nothing; unassigning does
        assign(owner, first, managerMembership);
        Http.Response unassigned = http.put("/api/v1/vendor/orders/" + first + "/assignee").bearer(owner)
                .json(new HashMap<>(Map.of())).send();
        assertThat(unassigned.status()).as(unassigned.toString()).isEqualTo(200);
        assertThat(unassigned.json().has("assignee")).isFalse();
        JsonNode history = unassigned.json().get("statusHistory");
        JsonNode lastEntry = history.get(history.size() - 1);
        assertThat(lastEntry.get("type").asString()).isEqualTo("ASSIGNMENT");
        assertThat(lastEntry.get("fromAssignee").get("name").asString()).isEqualTo("Tess Member");
        assertThat(lastEntry.has("toAssignee")).isFalse();
        assertThat(history.valueStream().filter(h -> h.get("type").asString().equals("ASSIGNMENT"))).hasSize(4);

        // mine: the caller's orders; assignee: anyone's; the list shows names
        assign(owner, first, managerMembership);
        JsonNode mine = http.get("/api/v1/vendor/orders?mine=true").bearer(manager.accessToken()).send().json();
        assertThat(mine.get("content")).extracting(o -> o.get("id").asString())
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(mine.get("content").get(0).get("assignee").get("name").asString()).isEqualTo("Tess Member");
        assertThat(http.get("/api/v1/vendor/orders?mine=true").bearer(owner).send().json().get("content")).isEmpty();
        assertThat(http.get("/api/v1/vendor/orders?assignee=" + managerMembership).bearer(owner).send().json()
                .get("content")).hasSize(2);
        assertThat(http.get("/api/v1/vendor/orders").bearer(owner).send().json().get("content")).hasSize(3);

        // the customer never sees staff or assignments
        JsonNode customersView = http.get(shop.base() + "/customers/me/orders/" + first)
                .bearer(customer.accessToken()).send().json();
        assertThat(customersView.has("assignee")).isFalse();
        assertThat(customersView.get("statusHistory")).allSatisfy(h ->
                assertThat(h.get("type").asString()).isEqualTo("STATUS"));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static UUID id(Http.Response placed) {
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return UUID.fromString(placed.json().get("id").asString());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, Object> line(int lineNo, int quantity) {
        return Map.of("lineNo", lineNo, "quantity", quantity);
    }

    private static void ship(Shop shop, UUID order) {
        assertThat(shop.moveTo(order, "CONFIRMED").status()).isEqualTo(200);
        assertThat(shop.moveTo(order, "PROCESSING").status()).isEqualTo(200);
        assertThat(shop.moveTo(order, "SHIPPED").status()).isEqualTo(200);
    }

    private Http.Response refund(String token, UUID order, String key, Map<String, Object> body) {
        Http.Request request = http.post("/api/v1/vendor/orders/" + order + "/refunds").bearer(token).json(body);
        return key == null ? request.send() : request.header("Idempotency-Key", key).send();
    }

    private Http.Response requestReturn(String token, UUID order, Map<String, Object> body) {
        return http.post("/api/v1/vendor/orders/" + order + "/returns").bearer(token).json(body).send();
    }

    private Http.Response returnStatus(String token, UUID order, String returnId, Map<String, Object> body) {
        return http.put("/api/v1/vendor/orders/" + order + "/returns/" + returnId + "/status").bearer(token)
                .json(body).send();
    }

    private Http.Response assign(String token, UUID order, UUID membership) {
        return http.put("/api/v1/vendor/orders/" + order + "/assignee").bearer(token)
                .json(Map.of("memberId", membership)).send();
    }

    private JsonNode order(String token, UUID order) {
        Http.Response response = http.get("/api/v1/vendor/orders/" + order).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void createLocation(String token, String code, int priority) {
        Http.Response created = http.post("/api/v1/vendor/inventory/locations").bearer(token)
                .json(Map.of("code", code, "name", "Location " + code, "priority", priority)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private void receive(String token, UUID product, String location, int quantity) {
        Http.Response received = http.post("/api/v1/vendor/inventory").bearer(token)
                .json(Map.of("productId", product, "location", location, "quantity", quantity)).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }

    /** On hand of the product at the location with this code (0 without a stock row). */
    private int onHand(String token, UUID product, String locationCode) {
        Http.Response rows = http.get("/api/v1/vendor/inventory?productId=" + product).bearer(token).send();
        assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
        for (JsonNode row : rows.json().get("content")) {
            if (row.get("locationCode").asString().equalsIgnoreCase(locationCode)) {
                return row.get("quantity").asInt();
            }
        }
        return 0;
    }
}
