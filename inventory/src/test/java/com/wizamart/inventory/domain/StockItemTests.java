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
}
