package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/** The vendor inventory API: receipts, counts and adjustments, history, locations, availability, permissions, isolation. */
class InventoryApiIntegrationTests extends ApiTest {

    private static final String INVENTORY = "/api/v1/vendor/inventory";

    @Autowired
    StockReservation reservations;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aNewVendorHasItsDefaultLocation() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        JsonNode locations = http.get(INVENTORY + "/locations").bearer(vendor.owner().accessToken()).send().json();
        assertThat(locations.get("page").get("totalElements").asLong()).isEqualTo(1);
        JsonNode location = locations.get("content").get(0);
        assertThat(location.get("code").asString()).isEqualTo("DEFAULT");
        assertThat(location.get("defaultLocation").asBoolean()).isTrue();
        assertThat(location.get("priority").asInt()).isZero();
    }

    @Test
    void aReceiptCreatesTheStockRowAndTheNextOneAddsToIt() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = InventoryTestProducts.create(http, vendor);

        Http.Response first = receive(token, Map.of("productId", product, "quantity", 7, "reason", "first delivery"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode row = first.json();
        assertThat(first.header("Location")).endsWith(INVENTORY + "/" + row.get("id").asString());
        assertThat(row.get("productId").asString()).isEqualTo(product.toString());
        assertThat(row.get("locationCode").asString()).isEqualTo("DEFAULT");
        assertThat(row.get("quantity").asInt()).isEqualTo(7);
        assertThat(row.get("reserved").asInt()).isZero();
        assertThat(row.get("available").asInt()).isEqualTo(7);

        JsonNode second = receive(token, Map.of("productId", product, "location", "default", "quantity", 3)).json();
        assertThat(second.get("id").asString()).isEqualTo(row.get("id").asString());
        assertThat(second.get("quantity").asInt()).isEqualTo(10);

        JsonNode entry = http.get(INVENTORY + "/" + row.get("id").asString()).bearer(token).send().json();
        assertThat(entry.get("quantity").asInt()).isEqualTo(10);
        JsonNode history = http.get(INVENTORY + "/movements?productId=" + product).bearer(token).send().json();
        assertThat(history.get("page").get("totalElements").asLong()).isEqualTo(2);
        JsonNode newest = history.get("content").get(0);
        assertThat(newest.get("type").asString()).isEqualTo("RECEIPT");
        assertThat(newest.get("quantity").asInt()).isEqualTo(3);
        assertThat(newest.get("onHandAfter").asInt()).isEqualTo(10);
        assertThat(newest.get("actorEmail").asString()).isEqualTo(vendor.owner().email());
        assertThat(newest.get("actorId").asString()).isEqualTo(vendor.owner().userId().toString());
        assertThat(history.get("content").get(1).get("reason").asString()).isEqualTo("first delivery");
    }

    @Test
    void aReceiptNamesItsLocationByCodeOrIdAndAnUnknownOneIsNotFound() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = InventoryTestProducts.create(http, vendor);
        JsonNode shelf = createLocation(token, "SHELF-2", "Second shelf", 20).json();

        JsonNode byCode = receive(token, Map.of("productId", product, "location", "shelf-2", "quantity", 1)).json();
        JsonNode byId = receive(token, Map.of("productId", product, "location", shelf.get("id").asString(),
                "quantity", 1)).json();
        assertThat(byCode.get("locationId").asString()).isEqualTo(shelf.get("id").asString());
        assertThat(byId.get("quantity").asInt()).isEqualTo(2);

        Http.Response unknown = receive(token, Map.of("productId", product, "location", "NOWHERE", "quantity", 1));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("LOCATION_NOT_FOUND");
    }

    @Test
    void invalidRequestsAreRefusedWithTheFieldsNamed() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = InventoryTestProducts.create(http, vendor);

        Http.Response zero = receive(token, Map.of("productId", product, "quantity", 0));
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(zero.json().get("errors").toString()).contains("quantity");
        Http.Response noProduct = receive(token, Map.of("quantity", 2));
        assertThat(noProduct.status()).isEqualTo(422);
        assertThat(noProduct.json().get("errors").toString()).contains("productId");

        String id = receive(token, Map.of("productId", product, "quantity", 2)).json().get("id").asString();
        Http.Response both = http.put(INVENTORY + "/" + id).bearer(token)
                .json(Map.of("quantity", 1, "adjustment", 1)).send();
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().get("errors").toString()).contains("quantity", "adjustment");
        Http.Response neither = http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("reason", "?")).send();
        assertThat(neither.status()).isEqualTo(422);
        Http.Response negative = http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("quantity", -1)).send();
        assertThat(negative.status()).isEqualTo(422);
        Http.Response noChange = http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("adjustment", 0)).send();
        assertThat(noChange.status()).isEqualTo(422);

        Http.Response badLocation = createLocation(token, "has space", "", -1);
        assertThat(badLocation.status()).isEqualTo(422);
        assertThat(badLocation.json().get("errors").toString()).contains("name", "priority");
        Http.Response badCode = createLocation(token, "has space", "Name", 1);
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.json().get("errors").toString()).contains("code");
        Http.Response lowStock = http.get(INVENTORY + "?lowStock=-1").bearer(token).send();
        assertThat(lowStock.status()).isEqualTo(422);
    }

    @Test
    void countingAndAdjustingRecordTheDifferenceAndNeverGoBelowWhatIsReserved() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = InventoryTestProducts.create(http, vendor);
        String id = receive(token, Map.of("productId", product, "quantity", 10)).json().get("id").asString();
        assertThat(reservations.reserve(vendor.id(), "held-1", List.of(new ReservationLine(product, 4))).reserved())
                .isTrue();

        JsonNode counted = http.put(INVENTORY + "/" + id).bearer(token)
                .json(Map.of("quantity", 6, "reason", "stock count")).send().json();
        assertThat(counted.get("quantity").asInt()).isEqualTo(6);
        assertThat(counted.get("available").asInt()).isEqualTo(2);

        Http.Response belowReserved = http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("quantity", 3)).send();
        assertThat(belowReserved.status()).isEqualTo(409);
        assertThat(belowReserved.errorCode()).isEqualTo("INSUFFICIENT_INVENTORY");
        assertThat(belowReserved.json().get("reserved").asInt()).isEqualTo(4);

        JsonNode adjusted = http.put(INVENTORY + "/" + id).bearer(token)
                .json(Map.of("adjustment", -2, "reason", "broken in transit")).send().json();
        assertThat(adjusted.get("quantity").asInt()).isEqualTo(4);
        assertThat(adjusted.get("available").asInt()).isZero();
        Http.Response tooFar = http.put(INVENTORY + "/" + id).bearer(token)
                .json(Map.of("adjustment", -1, "reason", "lost")).send();
        assertThat(tooFar.status()).isEqualTo(409);
        assertThat(tooFar.errorCode()).isEqualTo("INSUFFICIENT_INVENTORY");
        JsonNode raised = http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("adjustment", 5)).send().json();
        assertThat(raised.get("quantity").asInt()).isEqualTo(9);

        // the same count again changes nothing and records nothing
        http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("quantity", 9)).send();
        JsonNode adjustments = http.get(INVENTORY + "/movements?type=ADJUSTMENT&productId=" + product).bearer(token)
                .send().json();
        List<String> recorded = new ArrayList<>();
        adjustments.get("content").forEach(m -> recorded.add(m.get("quantity").asInt() + "/" + m.get("reason")
                .asString("")));
        assertThat(recorded).containsExactly("5/", "-2/broken in transit", "-4/stock count");
    }

    @Test
    void theMovementHistoryFiltersByProductTypeAndTimeNewestFirst() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID first = InventoryTestProducts.create(http, vendor);
        UUID second = InventoryTestProducts.create(http, vendor);
        receive(token, Map.of("productId", first, "quantity", 5));
        Instant firstAt = Instant.parse(http.get(INVENTORY + "/movements").bearer(token).send().json()
                .get("content").get(0).get("occurredAt").asString());
        // the boundary lies strictly after the first movement and before the next ones
        Instant between = firstAt.plusNanos(1_000);
        org.awaitility.Awaitility.await().until(() -> Instant.now().isAfter(between));
        String id = receive(token, Map.of("productId", second, "quantity", 5)).json().get("id").asString();
        http.put(INVENTORY + "/" + id).bearer(token).json(Map.of("adjustment", -1)).send();

        JsonNode all = http.get(INVENTORY + "/movements").bearer(token).send().json();
        assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(all.get("content").get(0).get("type").asString()).isEqualTo("ADJUSTMENT");
        assertThat(all.get("content").get(2).get("productId").asString()).isEqualTo(first.toString());

        assertThat(total(token, "/movements?productId=" + second)).isEqualTo(2);
        assertThat(total(token, "/movements?type=RECEIPT")).isEqualTo(2);
        assertThat(total(token, "/movements?type=RECEIPT&productId=" + second)).isEqualTo(1);
        assertThat(total(token, "/movements?from=" + between)).isEqualTo(2);
        assertThat(total(token, "/movements?to=" + between)).isEqualTo(1);
        assertThat(total(token, "/movements?type=SALE")).isZero();
        assertThat(http.get(INVENTORY + "/movements?type=THEFT").bearer(token).send().status()).isEqualTo(400);
        assertThat(http.get(INVENTORY + "/movements?sort=secret").bearer(token).send().errorCode())
                .isEqualTo("INVALID_SORT");
        JsonNode oldestFirst = http.get(INVENTORY + "/movements?sort=occurredAt,asc").bearer(token).send().json();
        assertThat(oldestFirst.get("content").get(0).get("productId").asString()).isEqualTo(first.toString());
    }

    @Test
    void theStockListFiltersByProductLocationAndLowStock() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID low = InventoryTestProducts.create(http, vendor);
        UUID high = InventoryTestProducts.create(http, vendor);
        String shelf = createLocation(token, "SHELF", "Shelf", 10).json().get("id").asString();
        receive(token, Map.of("productId", low, "quantity", 2));
        receive(token, Map.of("productId", low, "location", "SHELF", "quantity", 40));
        receive(token, Map.of("productId", high, "quantity", 50));

        assertThat(total(token, "")).isEqualTo(3);
        assertThat(total(token, "?productId=" + low)).isEqualTo(2);
        assertThat(total(token, "?locationId=" + shelf)).isEqualTo(1);
        JsonNode lowStock = http.get(INVENTORY + "?lowStock=5").bearer(token).send().json();
        assertThat(lowStock.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(lowStock.get("content").get(0).get("productId").asString()).isEqualTo(low.toString());
        assertThat(lowStock.get("content").get(0).get("available").asInt()).isEqualTo(2);
        JsonNode byAvailable = http.get(INVENTORY + "?sort=available,desc").bearer(token).send().json();
        assertThat(byAvailable.get("content").get(0).get("available").asInt()).isEqualTo(50);
    }

    @Test
    void theAvailabilityViewExplainsWhyAProductCannotBeSold() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        UUID product = InventoryTestProducts.create(http, vendor);
        receive(token, Map.of("productId", product, "quantity", 3));
        createLocation(token, "EMPTY", "Empty shelf", 50);
        receive(token, Map.of("productId", product, "location", "EMPTY", "quantity", 1));
        reservations.reserve(vendor.id(), "A-100", List.of(new ReservationLine(product, 3)));
        reservations.reserve(vendor.id(), "A-101", List.of(new ReservationLine(product, 1)));

        Http.Response response = http.get(INVENTORY + "/products/" + product + "/availability").bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.get("status").asString()).isEqualTo("FULLY_RESERVED");
        assertThat(view.get("explanation").asString()).contains("4", "2 open order");
        assertThat(view.get("quantity").asInt()).isEqualTo(4);
        assertThat(view.get("reserved").asInt()).isEqualTo(4);
        assertThat(view.get("available").asInt()).isZero();
        assertThat(view.get("locations")).hasSize(2);
        assertThat(view.get("locations").get(0).get("locationCode").asString()).isEqualTo("DEFAULT");
        assertThat(view.get("locations").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(view.get("locations").get(0).get("available").asInt()).isZero();
        JsonNode held = view.get("openReservations");
        assertThat(held).hasSize(2);
        assertThat(held.get(0).get("orderReference").asString()).isEqualTo("A-100");
        assertThat(held.get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(held.get(0).get("ageSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(held.get(0).get("reservedAt").asString()).isNotBlank();
        assertThat(view.get("recentMovements")).hasSize(4);
        assertThat(view.get("recentMovements").get(0).get("type").asString()).isEqualTo("RESERVATION");

        reservations.release(vendor.id(), "A-100");
        JsonNode after = http.get(INVENTORY + "/products/" + product + "/availability").bearer(token).send().json();
        assertThat(after.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(after.get("available").asInt()).isEqualTo(3);
        assertThat(after.get("openReservations")).hasSize(1);
    }

    @Test
    void locationsAreCreatedOncePerCode() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Http.Response created = createLocation(token, "WH-1", "Warehouse one", 10);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith(INVENTORY + "/locations/" + id);
        assertThat(created.json().get("defaultLocation").asBoolean()).isFalse();
        assertThat(http.get(INVENTORY + "/locations/" + id).bearer(token).send().json().get("name").asString())
                .isEqualTo("Warehouse one");

        Http.Response again = createLocation(token, "wh-1", "Another", 1);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("LOCATION_ALREADY_EXISTS");
        Http.Response defaultCode = createLocation(token, "default", "Not the default", 1);
        assertThat(defaultCode.errorCode()).isEqualTo("LOCATION_ALREADY_EXISTS");
        JsonNode list = http.get(INVENTORY + "/locations").bearer(token).send().json();
        assertThat(list.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(list.get("content").get(0).get("code").asString()).isEqualTo("DEFAULT");
        assertThat(http.get(INVENTORY + "/locations/" + UUID.randomUUID()).bearer(token).send().errorCode())
                .isEqualTo("LOCATION_NOT_FOUND");
    }

    @Test
    void aViewerMayReadButNotChangeStock() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");
        Fixtures.Session editor = fixtures.member(vendor, "Editor");
        UUID product = InventoryTestProducts.create(http, vendor);
        String id = receive(editor.accessToken(), Map.of("productId", product, "quantity", 3)).json().get("id")
                .asString();

        assertThat(http.get(INVENTORY).bearer(viewer.accessToken()).send().status()).isEqualTo(200);
        assertThat(http.get(INVENTORY + "/movements").bearer(viewer.accessToken()).send().status()).isEqualTo(200);
        assertThat(http.get(INVENTORY + "/locations").bearer(viewer.accessToken()).send().status()).isEqualTo(200);
        assertThat(http.get(INVENTORY + "/products/" + product + "/availability").bearer(viewer.accessToken()).send()
                .status()).isEqualTo(200);

        Http.Response post = receive(viewer.accessToken(), Map.of("productId", product, "quantity", 1));
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.errorCode()).isEqualTo("ACCESS_DENIED");
        assertThat(http.put(INVENTORY + "/" + id).bearer(viewer.accessToken()).json(Map.of("quantity", 0)).send()
                .status()).isEqualTo(403);
        assertThat(createLocation(viewer.accessToken(), "V", "Viewer's", 1).status()).isEqualTo(403);
        Fixtures.Session customer = fixtures.customer(vendor);
        assertThat(http.get(INVENTORY).bearer(customer.accessToken()).send().status()).isEqualTo(403);
        assertThat(http.get(INVENTORY).send().status()).isEqualTo(401);
    }

    @Test
    void anotherVendorsStockLocationsAndProductsAreNotFound() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        UUID productOfB = InventoryTestProducts.create(http, b);
        String stockOfB = receive(b.owner().accessToken(), Map.of("productId", productOfB, "quantity", 5)).json()
                .get("id").asString();
        String locationOfB = createLocation(b.owner().accessToken(), "B-ONLY", "B's shelf", 1).json().get("id")
                .asString();
        String tokenA = a.owner().accessToken();

        assertThat(http.get(INVENTORY + "/" + stockOfB).bearer(tokenA).send().errorCode())
                .isEqualTo("INVENTORY_NOT_FOUND");
        Http.Response put = http.put(INVENTORY + "/" + stockOfB).bearer(tokenA).json(Map.of("quantity", 0)).send();
        assertThat(put.status()).isEqualTo(404);
        assertThat(put.errorCode()).isEqualTo("INVENTORY_NOT_FOUND");
        assertThat(http.get(INVENTORY + "/locations/" + locationOfB).bearer(tokenA).send().errorCode())
                .isEqualTo("LOCATION_NOT_FOUND");
        Http.Response intoForeignLocation = receive(tokenA, Map.of("productId", UUID.randomUUID(),
                "location", locationOfB, "quantity", 1));
        assertThat(intoForeignLocation.status()).isEqualTo(404);
        assertThat(intoForeignLocation.errorCode()).isIn("LOCATION_NOT_FOUND", "PRODUCT_NOT_FOUND");
        Http.Response foreignProduct = http.get(INVENTORY + "/products/" + productOfB + "/availability")
                .bearer(tokenA).send();
        assertThat(foreignProduct.status()).isEqualTo(404);
        assertThat(foreignProduct.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(total(tokenA, "")).isZero();
        assertThat(total(tokenA, "?productId=" + productOfB)).isZero();
        assertThat(total(tokenA, "/movements")).isZero();
        assertThat(total(tokenA, "/locations")).isEqualTo(1);
        // B's stock is untouched
        assertThat(http.get(INVENTORY + "/" + stockOfB).bearer(b.owner().accessToken()).send().json()
                .get("quantity").asInt()).isEqualTo(5);
    }

    /** Row-Level Security on every inventory table: a raw query without a vendor filter sees the bound vendor only. */
    @Test
    void rawQueriesSeeOnlyTheBoundVendorsRowsInEveryInventoryTable() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        for (Fixtures.VendorAccount vendor : List.of(a, b)) {
            UUID product = InventoryTestProducts.create(http, vendor);
            receive(vendor.owner().accessToken(), Map.of("productId", product, "quantity", 3));
            reservations.reserve(vendor.id(), "rls-" + vendor.code(), List.of(new ReservationLine(product, 2)));
            reservations.release(vendor.id(), "rls-" + vendor.code(), "partial",
                    List.of(new ReservationLine(product, 1)));
        }
        TransactionTemplate noVendor = new TransactionTemplate(transactionManager);
        for (String table : List.of("inventory_locations", "inventory_stock", "inventory_movements",
                "inventory_reservations", "inventory_reservation_lines", "inventory_reservation_changes")) {
            Map<String, Object> seenByA = vendorScope.callAs(a.id(), () -> jdbc.sql(
                    "select count(*) as all_rows, count(*) filter (where vendor_id = :a) as own_rows from " + table)
                    .param("a", a.id()).query().singleRow());
            assertThat(((Number) seenByA.get("all_rows")).longValue()).as(table).isPositive()
                    .isEqualTo(((Number) seenByA.get("own_rows")).longValue());
            Long unbound = noVendor.execute(s -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
            assertThat(unbound).as(table + " with no vendor bound").isZero();
        }
    }

    private Http.Response receive(String token, Map<String, Object> body) {
        return http.post(INVENTORY).bearer(token).json(body).send();
    }

    private Http.Response createLocation(String token, String code, String name, int priority) {
        return http.post(INVENTORY + "/locations").bearer(token)
                .json(Map.of("code", code, "name", name, "priority", priority)).send();
    }

    private long total(String token, String query) {
        Http.Response response = http.get(INVENTORY + query).bearer(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("page").get("totalElements").asLong();
    }
}
