package com.wizamart.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/** A movement records the change of the figure its type concerns, signed, with the row's figures after it. */
class MovementTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final StockItem stock = new StockItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), 10, 4);

    private Movement between(StockItem after, MovementType type) {
        return Movement.between(stock, after, type, null, null, null, "system", NOW);
    }

    @Test
    void receiptsAndReturnsAddToOnHandAndAdjustmentsGoEitherWay() {
        assertThat(between(stock.receive(5), MovementType.RECEIPT).quantity()).isEqualTo(5);
        assertThat(between(stock.receive(2), MovementType.RETURN).quantity()).isEqualTo(2);
        assertThat(between(stock.receive(3), MovementType.IMPORT).quantity()).isEqualTo(3);
        assertThat(between(stock.adjust(-6), MovementType.ADJUSTMENT)).satisfies(m -> {
            assertThat(m.quantity()).isEqualTo(-6);
            assertThat(m.onHandAfter()).isEqualTo(4);
            assertThat(m.reservedAfter()).isEqualTo(4);
        });
        assertThat(between(stock.countedAs(12), MovementType.ADJUSTMENT).quantity()).isEqualTo(2);
    }

    @Test
    void reservationsAndReleasesCountReservedUnitsNotOnHand() {
        Movement reservation = between(stock.reserve(6), MovementType.RESERVATION);
        assertThat(reservation.quantity()).isEqualTo(6);
        assertThat(reservation.onHandAfter()).isEqualTo(10);
        assertThat(reservation.reservedAfter()).isEqualTo(10);
        Movement release = between(stock.release(3), MovementType.RELEASE);
        assertThat(release.quantity()).isEqualTo(-3);
        assertThat(release.reservedAfter()).isEqualTo(1);
    }

    @Test
    void aSaleTakesHeldUnitsOffOnHandAndLeavesAvailableAsItWas() {
        StockItem sold = stock.sell(4);
        Movement sale = between(sold, MovementType.SALE);
        assertThat(sale.quantity()).isEqualTo(-4);
        assertThat(sold.available()).isEqualTo(stock.available());
        assertThat(MovementType.SALE.changesAvailability()).isFalse();
        for (MovementType type : MovementType.values()) {
            if (type != MovementType.SALE) {
                assertThat(type.changesAvailability()).as(type.name()).isTrue();
            }
        }
    }

    @Test
    void aMovementNamesTheRowItsOrderAndWhoCausedIt() {
        UUID actor = UUID.randomUUID();
        Movement m = Movement.between(stock, stock.reserve(1), MovementType.RESERVATION, "  for ACME-000007 ",
                "ACME-000007", actor, "ada@shop.example", NOW);
        assertThat(m.vendorId()).isEqualTo(stock.vendorId());
        assertThat(m.productId()).isEqualTo(stock.productId());
        assertThat(m.locationId()).isEqualTo(stock.locationId());
        assertThat(m.reason()).isEqualTo("for ACME-000007");
        assertThat(m.reference()).isEqualTo("ACME-000007");
        assertThat(m.actorId()).isEqualTo(actor);
        assertThat(m.occurredAt()).isEqualTo(NOW);
        assertThat(Movement.between(stock, stock.reserve(1), MovementType.RESERVATION, null, "R", null, "system",
                NOW).id()).isNotEqualTo(m.id());
    }

    @Test
    void aReasonIsOptionalAndAtMostFiveHundredCharacters() {
        assertThat(Movement.blankToNull("   ")).isNull();
        assertThat(Movement.blankToNull(null)).isNull();
        assertThat(Movement.between(stock, stock.receive(1), MovementType.RECEIPT, "x".repeat(Movement.MAX_REASON),
                null, null, "system", NOW).reason()).hasSize(Movement.MAX_REASON);
        assertThatThrownBy(() -> Movement.between(stock, stock.receive(1), MovementType.RECEIPT,
                "x".repeat(Movement.MAX_REASON + 1), null, null, "system", NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("reason"));
        assertThat(Movement.between(stock, stock.receive(1), MovementType.RECEIPT,
                " " + "x".repeat(Movement.MAX_REASON) + " ", null, null, "system", NOW).reason())
                .as("surrounding blanks do not count").hasSize(Movement.MAX_REASON);
    }

    @Test
    void aMovementHasATypeAndATime() {
        assertThatThrownBy(() -> new Movement(UUID.randomUUID(), null, null, null, null, 1, 1, 0, null, null, null,
                null, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Movement(UUID.randomUUID(), null, null, null, MovementType.RECEIPT, 1, 1, 0,
                null, null, null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
