package com.wizamart.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import com.wizamart.inventory.application.InventoryViews;
import com.wizamart.inventory.application.StockKeeping;
import com.wizamart.inventory.application.port.in.AvailabilityView;
import com.wizamart.inventory.application.port.in.StockView;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.ordering.spi.StockReservation.ReservationResult;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * Inventory on its own (with tenancy, which every vendor-owned row needs; no catalog: every product is unverified and
 * unnamed), against a real PostgreSQL: receiving stock and reserving it for orders, and the events other contexts
 * keep their figures by.
 */
@ApplicationModuleTest(extraIncludes = "tenancy")
class StockModuleTests {

    @Autowired
    Vendors vendors;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    StockKeeping keeping;

    @Autowired
    StockReservation reservations;

    @Autowired
    InventoryViews views;

    UUID vendorId;
    UUID productId;

    @BeforeEach
    void openAVendor() {
        String label = "inventory-" + UUID.randomUUID().toString().substring(0, 8);
        vendorId = vendors.register(new RegisterVendor(null, "Stock Shop", label, BusinessDetails.empty(), List.of(),
                new Owner("owner@" + label + ".example", "Ada", "Owner", null)), Actor.system()).id();
        productId = UUID.randomUUID();
    }

    private StockView receive(int quantity) {
        return vendorScope.callAs(vendorId, () -> keeping.receive(productId, null, quantity, "delivery",
                Actor.system()));
    }

    private ReservationResult reserve(String order, int quantity) {
        return reservations.reserve(vendorId, order, List.of(new ReservationLine(productId, quantity)));
    }

    private StockLevel level() {
        return keeping.levels(vendorId, List.of(productId)).get(productId);
    }

    @Test
    void receivingStockPutsItAtTheDefaultLocationAndPublishesTheNewLevel(AssertablePublishedEvents events) {
        StockView received = receive(5);

        assertThat(received.onHand()).isEqualTo(5);
        assertThat(received.defaultLocation()).isTrue();
        assertThat(received.sku()).as("no catalog to name it").isNull();
        assertThat(events).contains(StockLevelChanged.class)
                .matching(StockLevelChanged::vendorId, vendorId)
                .matching(StockLevelChanged::productId, productId)
                .matching(StockLevelChanged::available, 5)
                .matching(StockLevelChanged::onHand, 5);

        receive(2);
        assertThat(events.ofType(StockLevelChanged.class).matching(e -> e.productId().equals(productId)))
                .extracting(StockLevelChanged::onHand).containsExactly(5, 7);
    }

    @Test
    void reservingHoldsUnitsForTheOrderAndPublishesWhatIsLeftToSell(AssertablePublishedEvents events) {
        receive(3);

        ReservationResult reserved = reserve("SHOP-000001", 2);

        assertThat(reserved.reserved()).isTrue();
        assertThat(level()).isEqualTo(new StockLevel(productId, 3, 2, 1));
        assertThat(events.ofType(StockLevelChanged.class).matching(e -> e.productId().equals(productId)))
                .extracting(StockLevelChanged::available).containsExactly(3, 1);
        AvailabilityView view = vendorScope.callAs(vendorId, () -> views.availability(productId));
        assertThat(view.status()).isEqualTo(AvailabilityView.Status.AVAILABLE);
        assertThat(view.openReservations()).singleElement().satisfies(held -> {
            assertThat(held.orderReference()).isEqualTo("SHOP-000001");
            assertThat(held.quantity()).isEqualTo(2);
        });
    }

    @Test
    void anOrderForMoreThanIsLeftReservesNothingAndPublishesNothing(AssertablePublishedEvents events) {
        receive(3);
        reserve("SHOP-000001", 2);

        ReservationResult shortOne = reserve("SHOP-000002", 2);

        assertThat(shortOne.reserved()).isFalse();
        assertThat(shortOne.shortLines()).singleElement().satisfies(line -> {
            assertThat(line.productId()).isEqualTo(productId);
            assertThat(line.requested()).isEqualTo(2);
            assertThat(line.available()).isEqualTo(1);
        });
        assertThat(level().reserved()).isEqualTo(2);
        assertThat(events.ofType(StockLevelChanged.class).matching(e -> e.productId().equals(productId)))
                .as("the receipt and the first reservation only").hasSize(2);
    }

    @Test
    void reservingTheSameOrderAgainAnswersTheFirstOutcomeWithoutHoldingTwice() {
        receive(4);
        assertThat(reserve("SHOP-000003", 3).reserved()).isTrue();

        assertThat(reserve("SHOP-000003", 3).reserved()).isTrue();

        assertThat(level()).isEqualTo(new StockLevel(productId, 4, 3, 1));
    }

    @Test
    void releasingGivesTheUnitsBackAndCommittingTakesThemOffTheShelf(AssertablePublishedEvents events) {
        receive(5);
        reserve("SHOP-000004", 2);
        reserve("SHOP-000005", 1);

        reservations.release(vendorId, "SHOP-000004");
        reservations.commit(vendorId, "SHOP-000005");

        assertThat(level()).isEqualTo(new StockLevel(productId, 4, 0, 4));
        assertThat(events.ofType(StockLevelChanged.class).matching(e -> e.productId().equals(productId)))
                .as("a sale leaves what is available as it was").extracting(StockLevelChanged::available)
                .containsExactly(5, 3, 2, 4);
    }
}
