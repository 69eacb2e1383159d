package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.ordering.spi.StockReservation.ReservationResult;
import com.wizamart.ordering.spi.StockReservation.ShortLine;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * Ordering's {@link StockReservation} port as inventory implements it: all or nothing, never below zero under
 * concurrency, idempotent per order reference, taking stock from locations in the documented order.
 */
class InventoryReservationIntegrationTests extends ApiTest {

    @Autowired
    StockReservation reservations;

    @Autowired
    StockLevels stockLevels;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    JdbcClient jdbc;

    /** Up to 200 ids are named in an in-list, more in an array (JdbcStockStore): both give the same answer. */
    @Test
    void levelsAndReservationsAnswerTheSameForFewAndForManyProducts() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        stockLevels.receive(vendor.id(), first, null, 7, "opening stock", Actor.system());
        stockLevels.receive(vendor.id(), second, null, 3, "opening stock", Actor.system());
        List<UUID> many = new ArrayList<>(List.of(first, second));
        for (int i = 0; i < 250; i++) {
            many.add(UUID.randomUUID());
        }
        for (List<UUID> ids : List.of(List.of(first, second), many)) {
            Map<UUID, StockLevel> levels = stockLevels.levels(vendor.id(), ids);
            assertThat(levels).as(ids.size() + " ids").hasSize(ids.size());
            assertThat(levels.get(first).available()).isEqualTo(7);
            assertThat(levels.get(second).available()).isEqualTo(3);
            ids.stream().skip(2).forEach(id -> assertThat(levels.get(id).available()).isZero());
        }
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        List<ReservationLine> lines = new ArrayList<>(List.of(new ReservationLine(first, 2),
                new ReservationLine(second, 1)));
        ReservationResult few = transactions.execute(status -> reservations.reserve(vendor.id(), "few", lines));
        assertThat(few.reserved()).isTrue();
        many.subList(2, many.size()).forEach(id -> lines.add(new ReservationLine(id, 1)));
        ReservationResult short_ = transactions.execute(status -> reservations.reserve(vendor.id(), "many", lines));
        assertThat(short_.reserved()).isFalse();
        assertThat(short_.shortLines()).hasSize(250).extracting(ShortLine::productId)
                .doesNotContain(first, second);
        assertThat(stockLevels.levels(vendor.id(), List.of(first)).get(first).available()).isEqualTo(5);
    }

    @Test
    void fiftyConcurrentReservationsOfOneUnitGetExactlyTheTenAvailable() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();
        stockLevels.receive(vendor.id(), product, null, 10, "opening stock", Actor.system());

        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String reference = "order-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return transactions.execute(status -> reservations.reserve(vendor.id(), reference,
                            List.of(new ReservationLine(product, 1))).reserved());
                }));
            }
            start.countDown();
            int reserved = 0;
            for (Future<Boolean> outcome : outcomes) {
                reserved += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(reserved).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }

        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 10, 10, 0));
        Map<String, Object> row = vendorScope.callAs(vendor.id(), () -> jdbc.sql(
                "select on_hand, reserved from inventory_stock where product_id = :product")
                .param("product", product).query().singleRow());
        assertThat(row).containsEntry("on_hand", 10).containsEntry("reserved", 10);
        assertThat(movementCount(vendor, product, "RESERVATION")).isEqualTo(10);
        assertThat(vendorScope.callAs(vendor.id(), () -> jdbc.sql("""
                select count(*) from inventory_reservations r where r.status = 'RESERVED'
                  and exists (select 1 from inventory_reservation_lines l
                              where l.order_reference = r.order_reference and l.product_id = :product)""")
                .param("product", product).query(Long.class).single())).isEqualTo(10);
    }

    @Test
    void aShortLineReservesNothingAndIsNamedWithWhatIsAvailable() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID plenty = UUID.randomUUID();
        UUID scarce = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        stockLevels.receive(vendor.id(), plenty, null, 20, null, Actor.system());
        stockLevels.receive(vendor.id(), scarce, null, 2, null, Actor.system());

        ReservationResult result = reservations.reserve(vendor.id(), "short-1", List.of(
                new ReservationLine(plenty, 5), new ReservationLine(scarce, 3), new ReservationLine(unknown, 1)));

        assertThat(result.reserved()).isFalse();
        assertThat(result.shortLines()).containsExactly(new ShortLine(scarce, 3, 2), new ShortLine(unknown, 1, 0));
        assertThat(stockLevels.levels(vendor.id(), List.of(plenty, scarce)).values()).containsExactly(
                new StockLevel(plenty, 20, 0, 20), new StockLevel(scarce, 2, 0, 2));
        assertThat(movementCount(vendor, plenty, "RESERVATION")).isZero();

        // nothing was recorded for the reference: once stock is there, the same reference reserves
        stockLevels.receive(vendor.id(), scarce, null, 1, null, Actor.system());
        assertThat(reservations.reserve(vendor.id(), "short-1", List.of(new ReservationLine(plenty, 5),
                new ReservationLine(scarce, 3))).reserved()).isTrue();
        assertThat(stockLevels.available(vendor.id(), List.of(plenty, scarce)))
                .containsEntry(plenty, 15).containsEntry(scarce, 0);
    }

    @Test
    void reservingAnExistingReferenceAnswersTheFirstOutcomeWithoutReservingAgain() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();
        stockLevels.receive(vendor.id(), product, null, 5, null, Actor.system());
        List<ReservationLine> lines = List.of(new ReservationLine(product, 2));

        assertThat(reservations.reserve(vendor.id(), "again-1", lines).reserved()).isTrue();
        ReservationResult second = reservations.reserve(vendor.id(), "again-1", lines);

        assertThat(second.reserved()).isTrue();
        assertThat(second.shortLines()).isEmpty();
        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 5, 2, 3));
        assertThat(movementCount(vendor, product, "RESERVATION")).isEqualTo(1);
    }

    @Test
    void releaseGivesTheUnitsBackOnce() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();
        stockLevels.receive(vendor.id(), product, null, 5, null, Actor.system());
        reservations.reserve(vendor.id(), "cancel-1", List.of(new ReservationLine(product, 3)));

        reservations.release(vendor.id(), "cancel-1");
        reservations.release(vendor.id(), "cancel-1");

        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 5, 0, 5));
        assertThat(movementCount(vendor, product, "RELEASE")).isEqualTo(1);
        // a released reservation can no longer be sold
        reservations.commit(vendor.id(), "cancel-1");
        assertThat(movementCount(vendor, product, "SALE")).isZero();
        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product).onHand()).isEqualTo(5);
    }

    @Test
    void commitTurnsTheReservationIntoASaleOnce() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();
        stockLevels.receive(vendor.id(), product, null, 5, null, Actor.system());
        reservations.reserve(vendor.id(), "ship-1", List.of(new ReservationLine(product, 3)));

        reservations.commit(vendor.id(), "ship-1");
        reservations.commit(vendor.id(), "ship-1");

        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 2, 0, 2));
        JsonNode sales = movements(vendor, "?productId=" + product + "&type=SALE");
        assertThat(sales.get("page").get("totalElements").asLong()).isEqualTo(1);
        JsonNode sale = sales.get("content").get(0);
        assertThat(sale.get("quantity").asInt()).isEqualTo(-3);
        assertThat(sale.get("onHandAfter").asInt()).isEqualTo(2);
        assertThat(sale.get("reservedAfter").asInt()).isZero();
        assertThat(sale.get("reference").asString()).isEqualTo("ship-1");
        // a sold reservation can no longer be released
        reservations.release(vendor.id(), "ship-1");
        assertThat(movementCount(vendor, product, "RELEASE")).isZero();
    }

    @Test
    void releaseAndCommitOfAnUnknownReferenceDoNothing() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        reservations.release(vendor.id(), "never-reserved");
        reservations.commit(vendor.id(), "never-reserved");
        assertThat(movements(vendor, "").get("page").get("totalElements").asLong()).isZero();
    }

    /**
     * The documented order: the default location first, then by priority (lower first), then by name. Stock split
     * over four locations is taken in exactly that order.
     */
    @Test
    void stockIsTakenFromTheDefaultLocationFirstThenByPriorityThenByName() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        createLocation(token, "BACK", "Backroom", 10);
        createLocation(token, "ANNEX", "Annex", 10);
        createLocation(token, "ZETA", "Zeta warehouse", 5);
        UUID product = InventoryTestProducts.create(http, vendor);
        for (String location : new String[] {"BACK", "ANNEX", "ZETA", null}) {
            stockLevels.receive(vendor.id(), product, location, 2, null, Actor.system());
        }

        assertThat(reservations.reserve(vendor.id(), "split-1", List.of(new ReservationLine(product, 7))).reserved())
                .isTrue();

        JsonNode rows = http.get("/api/v1/vendor/inventory/products/" + product + "/availability").bearer(token)
                .send().json().get("locations");
        List<String> order = new ArrayList<>();
        rows.forEach(r -> order.add(r.get("locationCode").asString() + "=" + r.get("reserved").asInt()));
        assertThat(order).containsExactly("DEFAULT=2", "ZETA=2", "ANNEX=2", "BACK=1");
    }

    /**
     * A partial restock puts units back where the sale took them, the first location taken from first, each at most
     * what it gave; once per reference; the full restock afterwards returns only what is left.
     */
    @Test
    void aPartialRestockReturnsUnitsToTheirLocationsOnceAndTheFullRestockOnlyTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        createLocation(token, "WH", "Warehouse", 10);
        UUID product = InventoryTestProducts.create(http, vendor);
        stockLevels.receive(vendor.id(), product, null, 2, null, Actor.system());
        stockLevels.receive(vendor.id(), product, "WH", 4, null, Actor.system());
        reservations.reserve(vendor.id(), "sold-1", List.of(new ReservationLine(product, 5)));
        reservations.commit(vendor.id(), "sold-1");
        assertThat(onHandByLocation(token, product)).containsExactly("DEFAULT=0", "WH=1");

        reservations.restock(vendor.id(), "sold-1", "refund:a", List.of(new ReservationLine(product, 3)));
        reservations.restock(vendor.id(), "sold-1", "refund:a", List.of(new ReservationLine(product, 3)));

        assertThat(onHandByLocation(token, product)).as("2 to DEFAULT (all it gave), 1 to WH; once")
                .containsExactly("DEFAULT=2", "WH=2");
        assertThat(movementCount(vendor, product, "RETURN")).isEqualTo(2);
        reservations.restock(vendor.id(), "sold-1");
        assertThat(onHandByLocation(token, product)).containsExactly("DEFAULT=2", "WH=4");
        reservations.restock(vendor.id(), "sold-1", "refund:b", List.of(new ReservationLine(product, 1)));
        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .as("a returned reservation gives nothing more").isEqualTo(new StockLevel(product, 6, 0, 6));
    }

    /** Lines dropped before shipping: held units are released, and the commit sells only the rest. */
    @Test
    void aPartialReleaseGivesHeldUnitsBackAndTheCommitSellsTheRest() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();
        stockLevels.receive(vendor.id(), product, null, 5, null, Actor.system());
        reservations.reserve(vendor.id(), "drop-1", List.of(new ReservationLine(product, 3)));

        reservations.release(vendor.id(), "drop-1", "refund:x", List.of(new ReservationLine(product, 1)));
        reservations.release(vendor.id(), "drop-1", "refund:x", List.of(new ReservationLine(product, 1)));
        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 5, 2, 3));
        reservations.commit(vendor.id(), "drop-1");

        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 3, 0, 3));
        JsonNode sale = movements(vendor, "?productId=" + product + "&type=SALE").get("content").get(0);
        assertThat(sale.get("quantity").asInt()).isEqualTo(-2);
        // released after the sale was recorded (events may come in any order): the units come back instead
        reservations.release(vendor.id(), "drop-1", "refund:y", List.of(new ReservationLine(product, 1)));
        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 4, 0, 4));
        assertThat(movementCount(vendor, product, "RETURN")).isEqualTo(1);
    }

    /** Releasing every held unit ends the reservation: the commit of a later shipping event sells nothing. */
    @Test
    void releasingEveryUnitEndsTheReservation() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();
        stockLevels.receive(vendor.id(), product, null, 4, null, Actor.system());
        reservations.reserve(vendor.id(), "drop-all", List.of(new ReservationLine(product, 2)));

        reservations.release(vendor.id(), "drop-all", "refund:all", List.of(new ReservationLine(product, 2)));
        reservations.commit(vendor.id(), "drop-all");

        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 4, 0, 4));
        assertThat(movementCount(vendor, product, "SALE")).isZero();
    }

    private List<String> onHandByLocation(String token, UUID product) {
        JsonNode rows = http.get("/api/v1/vendor/inventory/products/" + product + "/availability").bearer(token)
                .send().json().get("locations");
        List<String> onHand = new ArrayList<>();
        rows.forEach(r -> onHand.add(r.get("locationCode").asString() + "=" + r.get("quantity").asInt()));
        return onHand;
    }

    private void createLocation(String token, String code, String name, int priority) {
        Http.Response created = http.post("/api/v1/vendor/inventory/locations").bearer(token)
                .json(Map.of("code", code, "name", name, "priority", priority)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private JsonNode movements(Fixtures.VendorAccount vendor, String query) {
        Http.Response response = http.get("/api/v1/vendor/inventory/movements" + query)
                .bearer(vendor.owner().accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private long movementCount(Fixtures.VendorAccount vendor, UUID product, String type) {
        return movements(vendor, "?productId=" + product + "&type=" + type).get("page").get("totalElements").asLong();
    }
}
