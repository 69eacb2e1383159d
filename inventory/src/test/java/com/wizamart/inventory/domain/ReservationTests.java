package com.wizamart.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

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
}
