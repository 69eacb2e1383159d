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
import static com.wizamart.catalog.CatalogFeeds.stagedIds;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntUnaryOperator;

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
 * A shop owner's week, end to end through the API: a feed imported and published, stock at two locations, an order
 * through its lifecycle (shipped straight from {@code CONFIRMED}, a partial refund with restock, a return after
 * delivery), and re-imports that meet that stock and those prices (a quantity below what the order holds, a price
 * rise held and rejected, then offered again). After every step the stock per location, the figures (the vendor
 * dashboard's top products, the product's {@code unitsSold}, the customer's orders and spend) and the history (the
 * order's status history, refunds and returns, the product's stock movements and who made them) are what the rules
 * (docs/api-guide.md) say.
 */
class ShopOwnersWeekIntegrationTests extends ApiTest {

    /** The longest wait for what follows asynchronously (stock after an order's change, figures, refreshes). */
    private static final Duration FOLLOWS = Duration.ofSeconds(30);
    private static final String SYSTEM = "system";

    @Autowired
    JdbcClient jdbc;

    private Fixtures.VendorAccount vendor;
    private String token;

    @Test
    void stockFiguresAndHistoryStayRightThroughAShopOwnersWeek() {
        vendor = fixtures.vendor();
        token = vendor.owner().accessToken();
        String owner = vendor.owner().email();
        Imports imports = new Imports(http, token);
        Shop shop = new Shop(http, vendor);

        // 1. 20 products imported from an English Letzshop feed (product 1: 3 units, the others 10; price 10 + i),
        //    all published: the starting stock is at the default location, by the owner who published
        JsonNode firstImport = imports.uploadAndWait("en", feed("WK", 20, i -> quantity(i, i == 1 ? 3 : 10)));
        assertThat(firstImport.get("status").asString()).as(firstImport.toString()).isEqualTo("COMPLETED");
        JsonNode published = CatalogFeeds.publish(http, token, List.copyOf(stagedIds(http, token).values()));
        Map<String, JsonNode> products = productsBySku(http, token);
        assertThat(products).as(published.toString()).hasSize(20);
        UUID one = productId(http, token, "WK-1");
        UUID two = productId(http, token, "WK-2");
        UUID three = productId(http, token, "WK-3");
        assertPrices(i -> 10 + i);
        assertStock(one, Map.of("DEFAULT", "3/0"));
        assertStock(two, Map.of("DEFAULT", "10/0"));
        assertMovements(one, List.of("IMPORT DEFAULT +3 " + owner));
        assertFigures(one, 0, "0.00", null);

        // 2. a second location, WH, receives 4 units of product 1: 7 in all
        createLocation(http, token, "WH");
        receive(http, token, one, "WH", 4);
        assertStock(one, Map.of("DEFAULT", "3/0", "WH", "4/0"));
        assertTotals(shop, one, 7, 0, 7);
        assertMovements(one, List.of("IMPORT DEFAULT +3 " + owner, "RECEIPT WH +4 " + owner));
        assertFigures(one, 0, "0.00", null);

        // 3. a customer orders 5 units of product 1: the default location's 3 are held first, then 2 at WH
        Fixtures.Session customer = fixtures.customer(vendor);
        Http.Response placed = shop.buy(customer, one, 5);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        UUID order = UUID.fromString(placed.json().get("id").asString());
        String number = placed.json().get("orderNumber").asString();
        JsonNode line = placed.json().get("items").get(0);
        assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(line.get("lineTotal").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(placed.json().get("total").decimalValue()).as("no shipping methods: goods only")
                .isEqualByComparingTo("55.00");
        assertStock(one, Map.of("DEFAULT", "3/3", "WH", "4/2"));
        assertTotals(shop, one, 7, 5, 2);
        assertMovements(one, List.of("IMPORT DEFAULT +3 " + owner, "RECEIPT WH +4 " + owner,
                "RESERVATION DEFAULT +3 " + SYSTEM + " " + number, "RESERVATION WH +2 " + SYSTEM + " " + number));
        assertHistory(order(order), "PENDING " + customer.email());
        // an order counts from the moment it is placed
        assertFigures(one, 5, "55.00", customer);

        // 4. the feed lowers product 1 to 1 (below the 3 held at the default location) and raises product 2 to 12:
        //    product 1's change is skipped with its reason, product 2's applies
        JsonNode lowering = imports.uploadAndWait("en", feed("WK", 20,
                i -> quantity(i, i == 1 ? 1 : i == 2 ? 12 : 10)));
        assertThat(lowering.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode partial = refreshOf(http, token, lowering);
        assertThat(partial.get("status").asString()).isEqualTo("APPLIED");
        assertThat(partial.get("summary").get("productsChecked").asInt()).isEqualTo(2);
        assertThat(partial.get("summary").get("productsApplied").asInt()).isEqualTo(1);
        assertThat(partial.get("summary").get("productsSkipped").asInt()).isEqualTo(1);
        JsonNode skipped = change(http, token, partial, "WK-1", "quantity");
        assertThat(skipped.get("outcome").asString()).isEqualTo("SKIPPED_STOCK_RESERVED");
        assertThat(skipped.get("reasonCode").asString()).isEqualTo("STOCK_RESERVED");
        assertThat(skipped.get("reason").asString()).contains("DEFAULT", "3", "1");
        assertThat(skipped.get("from").asString()).isEqualTo("3");
        assertThat(skipped.get("to").asString()).isEqualTo("1");
        JsonNode raised = change(http, token, partial, "WK-2", "quantity");
        assertThat(raised.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(raised.get("from").asString()).isEqualTo("10");
        assertThat(raised.get("to").asString()).isEqualTo("12");
        JsonNode reported = await().atMost(FOLLOWS).until(
                () -> imports.job(lowering.get("id").asString()).get("catalogRefresh"), r -> r != null && !r.isNull());
        assertThat(reported.get("refreshId").asString()).isEqualTo(partial.get("id").asString());
        assertThat(reported.get("status").asString()).isEqualTo("APPLIED");
        assertThat(reported.get("productsApplied").asInt()).isEqualTo(1);
        assertThat(reported.get("productsSkipped").asInt()).isEqualTo(1);
        assertStock(one, Map.of("DEFAULT", "3/3", "WH", "4/2"));
        assertStock(two, Map.of("DEFAULT", "12/0"));
        assertMovements(two, List.of("IMPORT DEFAULT +10 " + owner, "IMPORT DEFAULT +2 " + SYSTEM));
        assertThat(productsBySku(http, token).get("WK-1").get("source").get("feedQuantity").asInt())
                .as("the feed's quantity last applied").isEqualTo(3);
        assertMovements(one, List.of("IMPORT DEFAULT +3 " + owner, "RECEIPT WH +4 " + owner,
                "RESERVATION DEFAULT +3 " + SYSTEM + " " + number, "RESERVATION WH +2 " + SYSTEM + " " + number));
        assertFigures(one, 5, "55.00", customer);

        // 5. confirmed, then shipped straight from CONFIRMED with a tracking number: the held units are sold
        move(shop, order, Map.of("status", "CONFIRMED"));
        JsonNode shipped = move(shop, order, Map.of("status", "SHIPPED", "trackingNumber", "LU-4711"));
        assertThat(shipped.get("trackingNumber").asString()).isEqualTo("LU-4711");
        assertHistory(shipped, "PENDING " + customer.email(), "CONFIRMED " + owner, "SHIPPED " + owner);
        List<String> sold = List.of("IMPORT DEFAULT +3 " + owner, "RECEIPT WH +4 " + owner,
                "RESERVATION DEFAULT +3 " + SYSTEM + " " + number, "RESERVATION WH +2 " + SYSTEM + " " + number,
                "SALE DEFAULT -3 " + owner + " " + number, "SALE WH -2 " + owner + " " + number);
        assertMovements(one, sold);
        assertStock(one, Map.of("DEFAULT", "0/0", "WH", "2/0"));
        assertTotals(shop, one, 2, 0, 2);
        assertFigures(one, 5, "55.00", customer);

        // 6. one unit refunded with restock (sent twice with its key: refunded once): it goes back to the default
        //    location, the first the sale took from
        String key = UUID.randomUUID().toString();
        Map<String, Object> oneUnit = Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)), "restock", true,
                "reason", "arrived scratched");
        Http.Response refunded = refund(order, key, oneUnit);
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        assertThat(refunded.json().get("amount").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(refunded.json().get("lines").get(0).get("restock").asBoolean()).isTrue();
        assertThat(refunded.json().get("actorEmail").asString()).isEqualTo(owner);
        Http.Response replayed = refund(order, key, oneUnit);
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json().get("id").asString()).isEqualTo(refunded.json().get("id").asString());
        JsonNode afterRefund = order(order);
        assertThat(afterRefund.get("status").asString()).isEqualTo("SHIPPED");
        assertThat(afterRefund.get("refundedTotal").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(afterRefund.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(1);
        assertThat(afterRefund.get("refunds")).hasSize(1);
        List<String> restocked = new ArrayList<>(sold);
        restocked.add("RETURN DEFAULT +1 " + owner + " " + number);
        assertMovements(one, restocked);
        assertStock(one, Map.of("DEFAULT", "1/0", "WH", "2/0"));
        assertFigures(one, 4, "44.00", customer);

        // 7. delivered; the vendor records the return of one unit, receives it back into stock (where the sale took
        //    it from), and refunds it; a delivered order is not cancelled but returned
        move(shop, order, Map.of("status", "DELIVERED"));
        Http.Response recorded = http.post("/api/v1/vendor/orders/" + order + "/returns").bearer(token)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)), "reason", "too big")).send();
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(recorded.json().get("requestedBy").asString()).isEqualTo("VENDOR");
        assertThat(recorded.json().get("actorEmail").asString()).isEqualTo(owner);
        String returnId = recorded.json().get("id").asString();
        assertThat(order(order).get("items").get(0).get("refundableQuantity").asInt())
                .as("the unit the return holds is not refundable outside it").isEqualTo(3);
        assertFigures(one, 4, "44.00", customer);
        JsonNode received = returnStatus(order, returnId, Map.of("status", "RECEIVED", "restock", true));
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        restocked.add("RETURN DEFAULT +1 " + owner + " " + number);
        assertMovements(one, restocked);
        assertStock(one, Map.of("DEFAULT", "2/0", "WH", "2/0"));
        assertFigures(one, 4, "44.00", customer);
        JsonNode returnRefunded = returnStatus(order, returnId, Map.of("status", "REFUNDED"));
        assertThat(returnRefunded.get("status").asString()).isEqualTo("REFUNDED");
        String returnRefund = returnRefunded.get("refundId").asString();
        JsonNode afterReturn = order(order);
        assertThat(afterReturn.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(afterReturn.get("refundedTotal").decimalValue()).isEqualByComparingTo("22.00");
        assertThat(afterReturn.get("items").get(0).get("refundedQuantity").asInt()).isEqualTo(2);
        assertThat(afterReturn.get("refunds")).hasSize(2);
        assertMovements(one, restocked);
        assertStock(one, Map.of("DEFAULT", "2/0", "WH", "2/0"));
        assertFigures(one, 3, "33.00", customer);
        JsonNode refusal = assertProblem(shop.moveTo(order, "CANCELLED"), 409, "ORDER_SHIPPED_USE_RETURN");
        assertThat(refusal.get("currentStatus").asString()).isEqualTo("DELIVERED");
        assertHistory(order(order), "PENDING " + customer.email(), "CONFIRMED " + owner, "SHIPPED " + owner,
                "DELIVERED " + owner);

        // 8. the feed raises every price a lot (50 + i; product 1 still at 1 unit): the guardrail holds the refresh,
        //    the vendor rejects it, nothing changes
        byte[] repriced = feed("WK", 20, i -> price(i, (50 + i) + ".00", i == 1 ? 1 : i == 2 ? 12 : 10));
        JsonNode repricing = imports.uploadAndWait("en", repriced);
        JsonNode held = refreshOf(http, token, repricing);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("holdReason").asString()).isNotBlank();
        assertThat(held.get("summary").get("pricesChanged").asInt()).isEqualTo(20);
        assertThat(held.get("summary").get("stockChanged").asInt()).as("product 1: from the 2 on hand now to 1")
                .isEqualTo(1);
        JsonNode heldStock = change(http, token, held, "WK-1", "quantity");
        assertThat(heldStock.get("outcome").asString()).isEqualTo("PENDING");
        assertThat(heldStock.get("from").asString()).isEqualTo("2");
        assertThat(heldStock.get("to").asString()).isEqualTo("1");
        assertReported(imports, repricing, "HELD");
        Http.Response rejected = http.post("/api/v1/vendor/catalog/refreshes/" + held.get("id").asString()
                + "/reject").bearer(token).send();
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("decidedBy").asString()).isEqualTo(vendor.owner().userId().toString());
        JsonNode rejectedPrice = change(http, token, held, "WK-1", "price");
        assertThat(rejectedPrice.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejectedPrice.get("reasonCode").asString()).isEqualTo("REFRESH_REJECTED");
        assertReported(imports, repricing, "REJECTED");
        assertPrices(i -> 10 + i);
        assertStock(one, Map.of("DEFAULT", "2/0", "WH", "2/0"));
        assertMovements(one, restocked);
        assertFigures(one, 3, "33.00", customer);

        // 9. the feed still asks the rejected prices; product 3's stock changes, and product 1's (6 units now; a
        //    product whose row the feed left as it was is not checked at all): the refresh applies, the rejected
        //    prices are kept out, and both quantities are set at the feed location (product 1's rejected 1 is over)
        JsonNode restocking = imports.uploadAndWait("en", feed("WK", 20,
                i -> price(i, (50 + i) + ".00", i == 1 ? 6 : i == 2 ? 12 : i == 3 ? 15 : 10)));
        JsonNode applied = refreshOf(http, token, restocking);
        assertThat(applied.get("status").asString()).isEqualTo("APPLIED");
        assertReported(imports, restocking, "APPLIED");
        assertThat(applied.get("summary").get("productsChecked").asInt()).isEqualTo(2);
        assertThat(applied.get("summary").get("productsApplied").asInt()).isEqualTo(2);
        assertThat(applied.get("summary").get("productsSkipped").asInt()).isZero();
        assertThat(applied.get("summary").get("pricesChanged").asInt()).isZero();
        assertThat(applied.get("summary").get("stockChanged").asInt()).isEqualTo(2);
        assertThat(applied.get("summary").get("rejectedKept").asInt()).isEqualTo(2);
        JsonNode keptPrice = change(http, token, applied, "WK-1", "price");
        assertThat(keptPrice.get("outcome").asString()).isEqualTo("KEPT_REJECTED");
        assertThat(keptPrice.get("reasonCode").asString()).isEqualTo("VALUE_REJECTED");
        assertThat(keptPrice.get("from").asString()).isEqualTo("11.00");
        assertThat(keptPrice.get("to").asString()).isEqualTo("51.00");
        assertThat(change(http, token, applied, "WK-3", "price").get("outcome").asString())
                .isEqualTo("KEPT_REJECTED");
        JsonNode oneStock = change(http, token, applied, "WK-1", "quantity");
        assertThat(oneStock.get("outcome").asString()).as("the feed moved on from the rejected 1").isEqualTo("APPLIED");
        assertThat(oneStock.get("from").asString()).isEqualTo("2");
        assertThat(oneStock.get("to").asString()).isEqualTo("6");
        JsonNode threeStock = change(http, token, applied, "WK-3", "quantity");
        assertThat(threeStock.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(threeStock.get("from").asString()).isEqualTo("10");
        assertThat(threeStock.get("to").asString()).isEqualTo("15");
        assertPrices(i -> 10 + i);
        assertStock(one, Map.of("DEFAULT", "6/0", "WH", "2/0"));
        assertStock(three, Map.of("DEFAULT", "15/0"));
        restocked.add("IMPORT DEFAULT +4 " + SYSTEM);
        assertMovements(one, restocked);
        assertMovements(three, List.of("IMPORT DEFAULT +10 " + owner, "IMPORT DEFAULT +5 " + SYSTEM));

        // 10. the week's end: stock, figures and the order's history as all of the above left them
        assertStock(one, Map.of("DEFAULT", "6/0", "WH", "2/0"));
        assertTotals(shop, one, 8, 0, 8);
        assertFigures(one, 3, "33.00", customer);
        Map<String, JsonNode> atTheEnd = productsBySku(http, token);
        assertThat(atTheEnd.get("WK-1").get("source").get("feedQuantity").asInt()).isEqualTo(6);
        assertThat(atTheEnd.values()).filteredOn(p -> !p.get("id").asString().equals(one.toString()))
                .allSatisfy(p -> assertThat(p.get("unitsSold").asLong()).as(p.get("sku").asString()).isZero());
        JsonNode stats = dashboard();
        assertThat(stats.get("ordersByStatus").get("DELIVERED").asLong()).isEqualTo(1);
        assertThat(stats.get("revenuePerDay")).hasSize(1);
        assertThat(stats.get("revenuePerDay").get(0).get("orders").asLong()).isEqualTo(1);
        assertThat(stats.get("revenuePerDay").get(0).get("revenue").decimalValue()).isEqualByComparingTo("33.00");
        JsonNode week = order(order);
        assertThat(week.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(week.get("trackingNumber").asString()).isEqualTo("LU-4711");
        assertThat(week.get("refundedTotal").decimalValue()).isEqualByComparingTo("22.00");
        assertHistory(week, "PENDING " + customer.email(), "CONFIRMED " + owner, "SHIPPED " + owner,
                "DELIVERED " + owner);
        assertThat(week.get("refunds")).hasSize(2);
        JsonNode firstRefund = week.get("refunds").get(0);
        assertThat(firstRefund.get("id").asString()).isEqualTo(refunded.json().get("id").asString());
        assertThat(firstRefund.get("amount").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(firstRefund.get("reason").asString()).isEqualTo("arrived scratched");
        assertThat(firstRefund.get("actorEmail").asString()).isEqualTo(owner);
        assertThat(firstRefund.hasNonNull("returnId")).isFalse();
        JsonNode secondRefund = week.get("refunds").get(1);
        assertThat(secondRefund.get("id").asString()).isEqualTo(returnRefund);
        assertThat(secondRefund.get("amount").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(secondRefund.get("returnId").asString()).isEqualTo(returnId);
        assertThat(secondRefund.get("actorEmail").asString()).isEqualTo(owner);
        assertThat(week.get("returns")).hasSize(1);
        JsonNode theReturn = week.get("returns").get(0);
        assertThat(theReturn.get("id").asString()).isEqualTo(returnId);
        assertThat(theReturn.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(theReturn.get("restock").asBoolean()).isTrue();
        assertThat(theReturn.get("refundId").asString()).isEqualTo(returnRefund);
        assertThat(theReturn.get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
        assertMovements(one, List.of("IMPORT DEFAULT +3 " + owner, "RECEIPT WH +4 " + owner,
                "RESERVATION DEFAULT +3 " + SYSTEM + " " + number, "RESERVATION WH +2 " + SYSTEM + " " + number,
                "SALE DEFAULT -3 " + owner + " " + number, "SALE WH -2 " + owner + " " + number,
                "RETURN DEFAULT +1 " + owner + " " + number, "RETURN DEFAULT +1 " + owner + " " + number,
                "IMPORT DEFAULT +4 " + SYSTEM));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /**
     * Waits until every event about this vendor was handled (stock following orders, the catalog's units sold and
     * refreshes), so what is checked next is the settled state, not a moment of it.
     */
    private void settled() {
        await().atMost(FOLLOWS).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and serialized_event like :vendor""")
                .param("vendor", "%" + vendor.id() + "%").query(Long.class).single() == 0);
    }

    /** The product's stock per location code, each as "on hand/reserved". */
    private void assertStock(UUID product, Map<String, String> expected) {
        settled();
        Http.Response rows = http.get("/api/v1/vendor/inventory?productId=" + product).bearer(token).send();
        assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
        Map<String, String> actual = new TreeMap<>();
        for (JsonNode row : rows.json().get("content")) {
            assertThat(row.get("available").asInt()).as(row.toString())
                    .isEqualTo(row.get("quantity").asInt() - row.get("reserved").asInt());
            actual.put(row.get("locationCode").asString(), row.get("quantity").asInt() + "/"
                    + row.get("reserved").asInt());
        }
        assertThat(actual).as("stock of " + product + " per location (on hand/reserved)").isEqualTo(expected);
    }

    /** The product's totals over all locations, as the availability view shows them. */
    private static void assertTotals(Shop shop, UUID product, int onHand, int reserved, int available) {
        JsonNode stock = shop.stock(product);
        assertThat(stock.get("quantity").asInt()).as("on hand").isEqualTo(onHand);
        assertThat(stock.get("reserved").asInt()).as("reserved").isEqualTo(reserved);
        assertThat(stock.get("available").asInt()).as("available").isEqualTo(available);
    }

    /**
     * The product's movements, each as "TYPE LOCATION ±quantity actor[ reference]" (the reference only when the
     * movement has one), in any order: several may share a moment.
     */
    private void assertMovements(UUID product, List<String> expected) {
        settled();
        Http.Response movements = http.get("/api/v1/vendor/inventory/movements?size=100&productId=" + product)
                .bearer(token).send();
        assertThat(movements.status()).as(movements.toString()).isEqualTo(200);
        List<String> actual = new ArrayList<>();
        for (JsonNode m : movements.json().get("content")) {
            int quantity = m.get("quantity").asInt();
            JsonNode reference = m.get("reference");
            actual.add(m.get("type").asString() + " " + m.get("locationCode").asString() + " "
                    + (quantity > 0 ? "+" : "") + quantity + " " + m.get("actorEmail").asString()
                    + (reference == null || reference.isNull() ? "" : " " + reference.asString()));
        }
        assertThat(actual).as("movements of " + product).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The figures of the product and of the customer: the product's {@code unitsSold}, its line in the dashboard's
     * top products (none before anything sold), the customer's order count and spend ({@code customer}
     * {@literal null}: none yet).
     */
    private void assertFigures(UUID product, long units, String revenue, Fixtures.Session customer) {
        settled();
        Http.Response detail = http.get("/api/v1/vendor/products/" + product).bearer(token).send();
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.json().get("unitsSold").asLong()).as("the product's unitsSold").isEqualTo(units);
        JsonNode top = dashboard().get("topProducts");
        if (units == 0) {
            assertThat(top).as("top products").isEmpty();
        } else {
            assertThat(top).as("top products").hasSize(1);
            assertThat(top.get(0).get("productId").asString()).isEqualTo(product.toString());
            assertThat(top.get(0).get("units").asLong()).as("top products' units").isEqualTo(units);
            assertThat(top.get(0).get("orders").asLong()).as("top products' orders").isEqualTo(1);
            assertThat(top.get(0).get("revenue").decimalValue()).as("top products' revenue")
                    .isEqualByComparingTo(revenue);
        }
        if (customer != null) {
            Http.Response figures = http.get("/api/v1/vendor/customers/" + customer.userId()).bearer(token).send();
            assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
            assertThat(figures.json().get("orderCount").asLong()).as("the customer's orders").isEqualTo(1);
            assertThat(figures.json().get("totalSpent").get("EUR").decimalValue()).as("the customer's spend")
                    .isEqualByComparingTo(revenue);
        }
    }

    /** Every product's price is {@code price(i)} for product {@code WK-i}. */
    private void assertPrices(IntUnaryOperator price) {
        Map<String, JsonNode> products = productsBySku(http, token);
        for (int i = 1; i <= 20; i++) {
            assertThat(products.get("WK-" + i).get("price").decimalValue()).as("price of WK-" + i)
                    .isEqualByComparingTo(BigDecimal.valueOf(price.applyAsInt(i)));
        }
    }

    /** The order's status moves, each as "STATUS actor", oldest first. */
    private static void assertHistory(JsonNode order, String... expected) {
        List<String> moves = new ArrayList<>();
        for (JsonNode entry : order.get("statusHistory")) {
            if ("STATUS".equals(entry.get("type").asString())) {
                moves.add(entry.get("to").asString() + " " + entry.get("actorEmail").asString());
            }
        }
        assertThat(moves).as("status history").containsExactly(expected);
    }

    /** The import job shows what became of its refresh (reported after the refresh's commit). */
    private static void assertReported(Imports imports, JsonNode job, String status) {
        await().atMost(FOLLOWS).untilAsserted(() -> {
            JsonNode reported = imports.job(job.get("id").asString()).get("catalogRefresh");
            assertThat(reported).as("the job's catalogRefresh").isNotNull();
            assertThat(reported.get("status").asString()).isEqualTo(status);
        });
    }

    private JsonNode dashboard() {
        Http.Response stats = http.get("/api/v1/vendor/dashboard/stats").bearer(token).send();
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        return stats.json();
    }

    private JsonNode order(UUID order) {
        Http.Response response = http.get("/api/v1/vendor/orders/" + order).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode move(Shop shop, UUID order, Map<String, Object> body) {
        Http.Response moved = shop.changeStatus(order, body);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("status").asString()).isEqualTo(body.get("status"));
        return moved.json();
    }

    private Http.Response refund(UUID order, String key, Map<String, Object> body) {
        return http.post("/api/v1/vendor/orders/" + order + "/refunds").bearer(token).header("Idempotency-Key", key)
                .json(body).send();
    }

    private JsonNode returnStatus(UUID order, String returnId, Map<String, Object> body) {
        Http.Response moved = http.put("/api/v1/vendor/orders/" + order + "/returns/" + returnId + "/status")
                .bearer(token).json(body).send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }
}
