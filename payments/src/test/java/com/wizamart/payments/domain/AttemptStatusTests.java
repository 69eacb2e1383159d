package com.wizamart.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttemptStatusTests {

    @Test
    void readsThePaymentIntentsStatusAndADeclineLeftInIt() {
        assertThat(AttemptStatus.ofIntent("requires_payment_method", false)).isEqualTo(AttemptStatus.PENDING);
        assertThat(AttemptStatus.ofIntent("requires_payment_method", true)).isEqualTo(AttemptStatus.FAILED);
        assertThat(AttemptStatus.ofIntent("requires_action", false)).isEqualTo(AttemptStatus.REQUIRES_ACTION);
        assertThat(AttemptStatus.ofIntent("processing", false)).isEqualTo(AttemptStatus.PENDING);
        assertThat(AttemptStatus.ofIntent("requires_capture", false)).isEqualTo(AttemptStatus.AUTHORIZED);
        assertThat(AttemptStatus.ofIntent("succeeded", false)).isEqualTo(AttemptStatus.CAPTURED);
        assertThat(AttemptStatus.ofIntent("canceled", false)).isEqualTo(AttemptStatus.CANCELED);
    }

    @Test
    void movesOnlyForwardWhateverOrderTheNewsArrivesIn() {
        assertThat(AttemptStatus.AUTHORIZED.canMoveTo(AttemptStatus.PENDING)).isFalse();
        assertThat(AttemptStatus.AUTHORIZED.canMoveTo(AttemptStatus.REQUIRES_ACTION)).isFalse();
        assertThat(AttemptStatus.AUTHORIZED.canMoveTo(AttemptStatus.CAPTURED)).isTrue();
        assertThat(AttemptStatus.CAPTURED.canMoveTo(AttemptStatus.AUTHORIZED)).isFalse();
        assertThat(AttemptStatus.CAPTURED.canMoveTo(AttemptStatus.CANCELED)).isFalse();
        assertThat(AttemptStatus.CANCELED.canMoveTo(AttemptStatus.AUTHORIZED)).isFalse();
        assertThat(AttemptStatus.REQUIRES_ACTION.canMoveTo(AttemptStatus.AUTHORIZED)).isTrue();
        assertThat(AttemptStatus.PENDING.canMoveTo(AttemptStatus.CREATED)).isFalse();
        assertThat(AttemptStatus.FAILED.canMoveTo(AttemptStatus.PENDING)).isFalse();
        assertThat(AttemptStatus.AUTHORIZED.canMoveTo(AttemptStatus.AUTHORIZED)).as("a repeat is no move").isFalse();
    }
}
