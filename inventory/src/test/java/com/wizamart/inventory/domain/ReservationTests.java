package com.wizamart.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class ReservationTests {

    @Test
    void aLineCountsWhatWasReleasedAndReturnedAndNeverMoreThanItTook() {
        Reservation.Line line = new Reservation.Line(UUID.randomUUID(), UUID.randomUUID(), 5);

        Reservation.Line partly = line.releasing(1).returning(2);

        assertThat(partly.held()).isEqualTo(4);
        assertThat(partly.returnable()).isEqualTo(2);
        assertThatThrownBy(() -> partly.returning(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line.releasing(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineTakesAtLeastOneUnit() {
        assertThatThrownBy(() -> new Reservation.Line(UUID.randomUUID(), UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        Reservation.Line line = new Reservation.Line(UUID.randomUUID(), UUID.randomUUID(), 3);
        assertThat(line.releasing(3).held()).isZero();
        assertThat(line.releasing(3).returnable()).isZero();
        assertThatThrownBy(() -> line.releasing(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(line.returning(3).held()).as("returned units were sold: held counts them").isEqualTo(3);
    }

    @Test
    void theOrderReferenceIsRequiredStrippedAndBounded() {
        assertThat(Reservation.reference("  ACME-000001 ")).isEqualTo("ACME-000001");
        assertThat(Reservation.reference("x".repeat(Reservation.MAX_REFERENCE))).hasSize(Reservation.MAX_REFERENCE);
        for (String invalid : new String[] {null, " ", "x".repeat(Reservation.MAX_REFERENCE + 1)}) {
            assertThatThrownBy(() -> Reservation.reference(invalid)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactly("orderReference"));
        }
    }

    @Test
    void onlyAHeldReservationIsOpenAndItsLinesCannotBeChangedBehindItsBack() {
        List<Reservation.Line> lines = new ArrayList<>(List.of(new Reservation.Line(UUID.randomUUID(),
                UUID.randomUUID(), 2)));
        Reservation held = new Reservation(UUID.randomUUID(), " ACME-000002", Reservation.Status.RESERVED, lines,
                Instant.now());
        lines.clear();
        assertThat(held.lines()).hasSize(1);
        assertThat(held.orderReference()).isEqualTo("ACME-000002");
        assertThatThrownBy(() -> held.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(held.isOpen()).isTrue();
        for (Reservation.Status status : List.of(Reservation.Status.RELEASED, Reservation.Status.COMMITTED,
                Reservation.Status.RETURNED)) {
            assertThat(new Reservation(held.vendorId(), held.orderReference(), status, held.lines(), held.createdAt())
                    .isOpen()).as(status.name()).isFalse();
        }
        assertThatThrownBy(() -> new Reservation(null, "R", Reservation.Status.RESERVED, List.of(), Instant.now()))
                .isInstanceOf(NullPointerException.class);
    }
}
