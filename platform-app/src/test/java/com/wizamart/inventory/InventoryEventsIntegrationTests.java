package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.tenancy.Actor;

/**
 * {@link StockLevelChanged} is published in the writing transaction, once per product whose availability changed,
 * with the product's totals across locations. (Recorded on the test's thread, so the calls are made here directly.)
 */
@RecordApplicationEvents
class InventoryEventsIntegrationTests extends ApiTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    StockLevels stockLevels;

    @Autowired
    StockReservation reservations;

    @Test
    void receiptsAndReservationsAnnounceTheNewTotalsOncePerProduct() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        stockLevels.receive(vendor.id(), first, null, 8, "delivery", Actor.system());
        assertThat(changes()).containsExactly(new StockLevelChanged(vendor.id(), first, 8, 8, 0));

        stockLevels.receive(vendor.id(), second, null, 4, null, Actor.system());
        events.clear();
        reservations.reserve(vendor.id(), "evt-1", List.of(new ReservationLine(first, 3),
                new ReservationLine(second, 1), new ReservationLine(first, 2)));
        assertThat(changes()).containsExactlyInAnyOrder(new StockLevelChanged(vendor.id(), first, 3, 8, 5),
                new StockLevelChanged(vendor.id(), second, 3, 4, 1));

        events.clear();
        reservations.reserve(vendor.id(), "evt-1", List.of(new ReservationLine(first, 3)));
        reservations.commit(vendor.id(), "evt-1");
        assertThat(changes()).as("a repeated reservation and a sale leave availability as it was").isEmpty();

        reservations.reserve(vendor.id(), "evt-2", List.of(new ReservationLine(second, 1)));
        events.clear();
        reservations.release(vendor.id(), "evt-2");
        assertThat(changes()).containsExactly(new StockLevelChanged(vendor.id(), second, 3, 3, 0));
    }

    @Test
    void initialStockIsSetOncePerProductAsAnImport() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID product = UUID.randomUUID();

        assertThat(stockLevels.setInitialStock(vendor.id(), product, 12, Actor.system())).isTrue();
        assertThat(stockLevels.setInitialStock(vendor.id(), product, 12, Actor.system())).isFalse();

        assertThat(stockLevels.levels(vendor.id(), List.of(product)).get(product))
                .isEqualTo(new StockLevel(product, 12, 0, 12));
        assertThat(changes()).containsExactly(new StockLevelChanged(vendor.id(), product, 12, 12, 0));
        var movements = http.get("/api/v1/vendor/inventory/movements?productId=" + product)
                .bearer(vendor.owner().accessToken()).send().json();
        assertThat(movements.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(movements.get("content").get(0).get("type").asString()).isEqualTo("IMPORT");
        assertThat(movements.get("content").get(0).get("locationCode").asString()).isEqualTo("DEFAULT");

        UUID received = UUID.randomUUID();
        stockLevels.receive(vendor.id(), received, null, 1, null, Actor.system());
        assertThat(stockLevels.setInitialStock(vendor.id(), received, 5, Actor.system()))
                .as("a product with stock already gets no initial stock").isFalse();
        assertThat(stockLevels.available(vendor.id(), List.of(received, UUID.randomUUID())).values())
                .containsExactly(1, 0);
    }

    private List<StockLevelChanged> changes() {
        return events.stream(StockLevelChanged.class).toList();
    }
}
