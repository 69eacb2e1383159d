package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/**
 * Inventory's views name what they are about: each stock row, movement and availability view has the product's SKU
 * and name, and what an order holds or took is referenced by the order's number. A stock change a person caused
 * (a product created with stock, a count, an order shipped, cancelled or refunded by the vendor's staff) records
 * that person; what the platform does on its own (reservations at checkout) is recorded as {@code system}.
 */
class InventoryViewsNameProductsOrdersAndPeopleIntegrationTests extends ApiTest {

    private static final String INVENTORY = "/api/v1/vendor/inventory";

    @Test
    void stockRowsMovementsAndAvailabilityShowSkuNameAndOrderNumber() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        UUID honey = shop.product("Forest honey", "8.00", "17", 6);
        String sku = get(token, "/api/v1/vendor/products/" + honey).get("sku").asString();
        Http.Response placed = shop.buy(fixtures.customer(vendor), honey, 2);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderNumber = placed.json().get("orderNumber").asString();
        assertThat(orderNumber).isEqualTo(vendor.code().toUpperCase() + "-000001");

        JsonNode row = get(token, INVENTORY + "?productId=" + honey).get("content").get(0);
        assertThat(row.get("sku").asString()).isEqualTo(sku);
        assertThat(row.get("name").asString()).isEqualTo("Forest honey");
        JsonNode entry = get(token, INVENTORY + "/" + row.get("id").asString());
        assertThat(entry.get("sku").asString()).isEqualTo(sku);
        assertThat(entry.get("name").asString()).isEqualTo("Forest honey");

        JsonNode movements = get(token, INVENTORY + "/movements?productId=" + honey).get("content");
        assertThat(movements).hasSize(2);
        assertThat(movements).allSatisfy(m -> {
            assertThat(m.get("sku").asString()).isEqualTo(sku);
            assertThat(m.get("name").asString()).isEqualTo("Forest honey");
        });
        JsonNode reservation = movements.get(0);
        assertThat(reservation.get("type").asString()).isEqualTo("RESERVATION");
        assertThat(reservation.get("reference").asString()).isEqualTo(orderNumber);
        assertThat(get(token, INVENTORY + "/movements?reference=" + orderNumber).get("content")).hasSize(1);

        JsonNode availability = get(token, INVENTORY + "/products/" + honey + "/availability");
        assertThat(availability.get("sku").asString()).isEqualTo(sku);
        assertThat(availability.get("name").asString()).isEqualTo("Forest honey");
        assertThat(availability.get("locations").get(0).get("sku").asString()).isEqualTo(sku);
        assertThat(availability.get("openReservations").get(0).get("orderReference").asString())
                .isEqualTo(orderNumber);
        assertThat(availability.get("recentMovements").get(0).get("name").asString()).isEqualTo("Forest honey");
    }

    @Test
    void stockChangesCausedByStaffRecordWhoCausedThem() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Shop shop = new Shop(http, vendor);
        UUID tea = shop.product("Green tea", "5.00", "17", 10);
        Fixtures.Session customer = fixtures.customer(vendor);
        Fixtures.Session manager = fixtures.member(vendor, "Manager");
        UUID shipped = id(shop.buy(customer, tea, 1));
        UUID cancelled = id(shop.buy(customer, tea, 2));
        UUID refunded = id(shop.buy(customer, tea, 3));

        // the owner ships one order and refunds another (with restock); a manager cancels the third
        for (String status : new String[] {"CONFIRMED", "PROCESSING", "SHIPPED"}) {
            assertThat(shop.moveTo(shipped, status).status()).isEqualTo(200);
            assertThat(shop.moveTo(refunded, status).status()).isEqualTo(200);
        }
        assertThat(shop.moveTo(refunded, "DELIVERED").status()).isEqualTo(200);
        assertThat(shop.changeStatus(refunded, Map.of("status", "REFUNDED", "restock", true)).status())
                .isEqualTo(200);
        Http.Response cancel = http.put("/api/v1/vendor/orders/" + cancelled + "/status").bearer(manager.accessToken())
                .json(Map.of("status", "CANCELLED")).send();
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        // the manager counts the shelf
        String stockId = get(token, INVENTORY + "?productId=" + tea).get("content").get(0).get("id").asString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(shop.movements(tea, "RETURN")).hasSize(1);
            assertThat(shop.movements(tea, "RELEASE")).hasSize(1);
        });
        Http.Response counted = http.put(INVENTORY + "/" + stockId).bearer(manager.accessToken())
                .json(Map.of("quantity", 12, "reason", "shelf count")).send();
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);

        // the owner created the product with its starting stock
        assertPerson(shop.movements(tea, "IMPORT").get(0), vendor.owner());
        JsonNode sales = shop.movements(tea, "SALE");
        assertThat(sales).hasSize(2);
        assertThat(sales).allSatisfy(m -> assertPerson(m, vendor.owner()));
        assertPerson(shop.movements(tea, "RETURN").get(0), vendor.owner());
        assertPerson(shop.movements(tea, "RELEASE").get(0), manager);
        assertPerson(shop.movements(tea, "ADJUSTMENT").get(0), manager);
        assertThat(shop.movements(tea, "RESERVATION")).hasSize(3).allSatisfy(m -> {
            assertThat(m.get("actorEmail").asString()).isEqualTo("system");
            assertThat(m.get("actorId").isNull()).isTrue();
        });
    }

    private static void assertPerson(JsonNode movement, Fixtures.Session person) {
        assertThat(movement.get("actorEmail").asString()).as(movement.toString()).isEqualTo(person.email());
        assertThat(movement.get("actorId").asString()).as(movement.toString()).isEqualTo(person.userId().toString());
    }

    private static UUID id(Http.Response placed) {
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return UUID.fromString(placed.json().get("id").asString());
    }

    private JsonNode get(String token, String path) {
        Http.Response response = http.get(path).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
