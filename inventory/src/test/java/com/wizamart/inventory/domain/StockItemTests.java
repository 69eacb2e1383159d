package com.wizamart.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;

class StockItemTests {

    private final StockItem stock = new StockItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), 10, 4);

    @Test
    void availableIsOnHandMinusReserved() {
        assertThat(stock.available()).isEqualTo(6);
    }

    @Test
    void onHandNeverDropsBelowWhatIsReserved() {
        assertThat(stock.countedAs(4).onHand()).isEqualTo(4);
        assertThat(stock.adjust(-6).onHand()).isEqualTo(4);
        assertThatThrownBy(() -> stock.countedAs(3)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_INVENTORY"));
        assertThatThrownBy(() -> stock.adjust(-7)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_INVENTORY"));
        assertThatThrownBy(() -> stock.countedAs(-1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void anOnHandBelowWhatIsReservedIsToldWithoutAnException() {
        assertThat(stock.allowsOnHand(4)).isTrue();
        assertThat(stock.allowsOnHand(12)).isTrue();
        assertThat(stock.allowsOnHand(3)).isFalse();
        assertThat(stock.allowsOnHand(-1)).isFalse();
    }

    @Test
    void receiptsAndAdjustmentsRefuseNothingToDoAndOverflow() {
        assertThatThrownBy(() -> stock.receive(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> stock.adjust(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> stock.receive(Integer.MAX_VALUE)).isInstanceOf(ValidationException.class);
        assertThat(stock.receive(5).onHand()).isEqualTo(15);
    }

    @Test
    void reservingReleasingAndSellingMoveTheRightFigures() {
        StockItem reserved = stock.reserve(6);
        assertThat(reserved.available()).isZero();
        assertThatThrownBy(() -> reserved.reserve(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reserved.release(3).reserved()).isEqualTo(7);
        StockItem sold = reserved.sell(10);
        assertThat(sold.onHand()).isZero();
        assertThat(sold.reserved()).isZero();
    }

    @Test
    void anInconsistentRowCannotExist() {
        assertThatThrownBy(() -> new StockItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMovementCarriesTheChangeOfTheFigureItsTypeConcerns() {
        StockItem after = stock.reserve(2);
        Movement reservation = Movement.between(stock, after, MovementType.RESERVATION, " ", "R-1", null, "system",
                java.time.Instant.now());
        assertThat(reservation.quantity()).isEqualTo(2);
        assertThat(reservation.reason()).isNull();
        assertThat(reservation.reservedAfter()).isEqualTo(6);
        Movement sale = Movement.between(after, after.sell(2), MovementType.SALE, null, "R-1", null, "system",
                java.time.Instant.now());
        assertThat(sale.quantity()).isEqualTo(-2);
        assertThat(MovementType.SALE.changesAvailability()).isFalse();
        assertThat(MovementType.RELEASE.changesAvailability()).isTrue();
    }

    @Test
    void releasingOrSellingNeverTakesMoreThanIsHeld() {
        StockItem released = stock.release(9);
        assertThat(released.reserved()).isZero();
        assertThat(released.onHand()).isEqualTo(10);
        StockItem sold = stock.sell(9);
        assertThat(sold.onHand()).isEqualTo(6);
        assertThat(sold.reserved()).isZero();
        assertThat(stock.release(0)).isEqualTo(stock);
    }

    @Test
    void reservingTakesAPositiveQuantityOfWhatIsAvailable() {
        assertThatThrownBy(() -> stock.reserve(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stock.reserve(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stock.reserve(7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stock.reserve(1).reserved()).isEqualTo(5);
    }

    @Test
    void changesAnswerANewRowAndLeaveTheOldOneAsItWas() {
        StockItem received = stock.receive(1);
        assertThat(stock.onHand()).isEqualTo(10);
        assertThat(received.id()).isEqualTo(stock.id());
        assertThat(received.reserved()).isEqualTo(4);
        assertThat(received.locationId()).isEqualTo(stock.locationId());
    }

    @Test
    void anAdjustmentThatWouldOverflowIsRefusedAsInvalid() {
        StockItem full = new StockItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Integer.MAX_VALUE - 1, 0);
        assertThat(full.adjust(1).onHand()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> full.adjust(2)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field())
                        .isEqualTo("adjustment")));
        assertThatThrownBy(() -> stock.adjust(Integer.MIN_VALUE)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_INVENTORY"));
    }

    @Test
    void aNewRowIsEmpty() {
        UUID vendor = UUID.randomUUID();
        StockItem empty = StockItem.empty(vendor, UUID.randomUUID(), UUID.randomUUID());
        assertThat(empty.onHand()).isZero();
        assertThat(empty.reserved()).isZero();
        assertThat(empty.vendorId()).isEqualTo(vendor);
        assertThat(StockItem.empty(vendor, empty.productId(), empty.locationId()).id()).isNotEqualTo(empty.id());
        assertThatThrownBy(() -> new StockItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockItem(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), 0, 0))
                .isInstanceOf(NullPointerException.class);
    }
}
