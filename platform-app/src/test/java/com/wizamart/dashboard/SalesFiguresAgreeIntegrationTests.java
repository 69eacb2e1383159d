package com.wizamart.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * One definition of each figure (docs/adr/0022): an order counts from being placed unless it is cancelled or
 * refunded; revenue, units sold and a customer's spend add up the counted orders only. Six orders, one in each of
 * PENDING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED and REFUNDED, and every place that shows a figure agrees: the
 * shop's bestselling sort and each product's {@code unitsSold}, the vendor dashboard's top products, orders and
 * revenue per day, the customer list, and the admin dashboard.
 */
class SalesFiguresAgreeIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointCountsTheSameOrdersUnitsRevenueAndSpend() {
        Fixtures.Session admin = fixtures.sharedAdmin();
        JsonNode adminBefore = get(admin.accessToken(), "/api/v1/admin/dashboard");
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        String owner = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        UUID apples = shop.product("Apples", "10.00", "17", 20);
        UUID bread = shop.product("Bread", "3.00", "17", 20);
        UUID cheese = shop.product("Cheese", "7.00", "17", 20);
        Fixtures.Session xavier = fixtures.customer(vendor);
        Fixtures.Session yvonne = fixtures.customer(vendor);

        // Xavier: a pending order (1 apple, 10.00), a confirmed one (2 bread, 6.00), a cancelled one (5 cheese)
        order(shop, xavier, Map.of(apples, 1));
        move(shop, order(shop, xavier, Map.of(bread, 2)), "CONFIRMED");
        move(shop, order(shop, xavier, Map.of(cheese, 5)), "CANCELLED");
        // Yvonne: a shipped order (2 apples, 20.00), a delivered one (1 bread + 1 apple, 13.00), a refunded one
        // (4 cheese, 28.00, restocked)
        move(shop, order(shop, yvonne, Map.of(apples, 2)), "CONFIRMED", "PROCESSING", "SHIPPED");
        move(shop, order(shop, yvonne, orderedMap(bread, 1, apples, 1)), "CONFIRMED", "PROCESSING", "SHIPPED",
                "DELIVERED");
        UUID refunded = order(shop, yvonne, Map.of(cheese, 4));
        move(shop, refunded, "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED");
        Http.Response refund = shop.changeStatus(refunded, Map.of("status", "REFUNDED", "restock", true));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);

        // counted: apples 1 + 2 + 1 = 4 units (40.00), bread 2 + 1 = 3 units (9.00), cheese none;
        // four orders, 49.00; Xavier 2 orders, 16.00; Yvonne 2 orders, 33.00

        // the catalog follows the orders' events: wait until every one of this vendor's is handled
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and serialized_event like :vendor""")
                .param("vendor", "%" + vendor.id() + "%").query(Long.class).single() == 0);
        SoftAssertions figures = new SoftAssertions();

        // the shop's bestselling sort and each product's unitsSold
        JsonNode best = get(owner, "/api/v1/vendor/products?sort=bestselling").get("content");
        figures.assertThat(ids(best)).as("bestselling").containsExactly(apples.toString(), bread.toString(),
                cheese.toString());
        figures.assertThat(unitsSold(best)).as("units sold per product")
                .containsExactly(entry(apples.toString(), 4L), entry(bread.toString(), 3L),
                        entry(cheese.toString(), 0L));
        JsonNode shopBest = http.get(shop.base() + "/products?sort=bestselling").send().json().get("content");
        figures.assertThat(ids(shopBest)).as("the shop's bestselling").containsExactly(apples.toString(),
                bread.toString(), cheese.toString());

        // the vendor dashboard: top products, orders and revenue of the day, orders per status
        JsonNode stats = get(owner, "/api/v1/vendor/dashboard/stats");
        JsonNode top = stats.get("topProducts");
        figures.assertThat(ids(top, "productId")).as("top products").containsExactly(apples.toString(),
                bread.toString());
        figures.assertThat(top.get(0).get("units").asLong()).as("top units").isEqualTo(4);
        figures.assertThat(top.get(0).get("orders").asLong()).as("top orders").isEqualTo(3);
        figures.assertThat(top.get(0).get("revenue").decimalValue()).as("top revenue").isEqualByComparingTo("40.00");
        figures.assertThat(top.get(1).get("units").asLong()).as("second units").isEqualTo(3);
        figures.assertThat(top.get(1).get("orders").asLong()).as("second orders").isEqualTo(2);
        figures.assertThat(top.get(1).get("revenue").decimalValue()).as("second revenue")
                .isEqualByComparingTo("9.00");
        JsonNode day = stats.get("revenuePerDay");
        figures.assertThat(day.size()).as("days with orders").isEqualTo(1);
        figures.assertThat(day.get(0).get("orders").asLong()).as("orders of the day (cancelled and refunded ones "
                + "do not count)").isEqualTo(4);
        figures.assertThat(day.get(0).get("revenue").decimalValue()).as("revenue of the day")
                .isEqualByComparingTo("49.00");
        for (String status : new String[] {"PENDING", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"}) {
            figures.assertThat(stats.get("ordersByStatus").get(status).asLong()).as("orders " + status).isEqualTo(1);
        }

        // the customer list: orders and spend of each customer add up to the day's figures
        JsonNode customers = get(owner, "/api/v1/vendor/customers").get("content");
        Map<String, JsonNode> byEmail = new LinkedHashMap<>();
        customers.forEach(c -> byEmail.put(c.get("email").asString(), c));
        JsonNode x = byEmail.get(xavier.email());
        JsonNode y = byEmail.get(yvonne.email());
        figures.assertThat(x.get("orderCount").asLong()).as("Xavier's orders").isEqualTo(2);
        figures.assertThat(x.get("totalSpent").get("EUR").decimalValue()).as("Xavier's spend")
                .isEqualByComparingTo("16.00");
        figures.assertThat(y.get("orderCount").asLong()).as("Yvonne's orders").isEqualTo(2);
        figures.assertThat(y.get("totalSpent").get("EUR").decimalValue()).as("Yvonne's spend")
                .isEqualByComparingTo("33.00");

        // the admin dashboard (all vendors): this vendor's orders added four orders and 49.00
        JsonNode adminAfter = get(admin.accessToken(), "/api/v1/admin/dashboard");
        figures.assertThat(adminAfter.get("orders").get("orders").asLong()
                - adminBefore.get("orders").get("orders").asLong()).as("the admin's orders").isEqualTo(4);
        figures.assertThat(euros(adminAfter).subtract(euros(adminBefore))).as("the admin's revenue")
                .isEqualByComparingTo("49.00");
        figures.assertAll();
    }

    private JsonNode get(String token, String path) {
        Http.Response response = http.get(path).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static BigDecimal euros(JsonNode summary) {
        JsonNode eur = summary.get("orders").get("revenue").get("EUR");
        return eur == null ? BigDecimal.ZERO : eur.decimalValue();
    }

    /** Places one order of these products (in this order) for the customer; answers its id. */
    private static UUID order(Shop shop, Fixtures.Session customer, Map<UUID, Integer> lines) {
        String session = Shop.newSession();
        lines.forEach((product, quantity) -> {
            Http.Response added = shop.add(session, customer.accessToken(), product, quantity);
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
        });
        Http.Response placed = shop.checkout(customer.accessToken(), UUID.randomUUID().toString(),
                Shop.checkoutBody(session));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return UUID.fromString(placed.json().get("id").asString());
    }

    private static void move(Shop shop, UUID order, String... statuses) {
        for (String status : statuses) {
            Http.Response moved = shop.moveTo(order, status);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
    }

    private static Map<UUID, Integer> orderedMap(UUID first, int firstQuantity, UUID second, int secondQuantity) {
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        lines.put(first, firstQuantity);
        lines.put(second, secondQuantity);
        return lines;
    }

    private static Map<String, Long> unitsSold(JsonNode products) {
        Map<String, Long> units = new LinkedHashMap<>();
        products.forEach(p -> units.put(p.get("id").asString(), p.get("unitsSold").asLong()));
        return units;
    }

    private static List<String> ids(JsonNode list) {
        return ids(list, "id");
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }
}
