package com.wizamart.payments.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.ordering.OrderPayments.PayableOrder;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.PaymentAttempt;

class OrderPaymentSyncTests {

    private final UUID vendor = UUID.randomUUID();
    private final UUID order = UUID.randomUUID();

    @Test
    void aCaptureMakesTheOrderPaidWhateverCameBefore() {
        var target = OrderPaymentSync.target(card(PaymentStatus.FAILED),
                List.of(attempt(1, AttemptStatus.FAILED), attempt(2, AttemptStatus.CAPTURED)), BigDecimal.ZERO);

        assertThat(target.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(target.amount()).isEqualByComparingTo("49.80");
    }

    @Test
    void anOldDeclineDoesNotUndoALaterAuthorization() {
        var target = OrderPaymentSync.target(card(PaymentStatus.AUTHORIZED),
                List.of(attempt(1, AttemptStatus.AUTHORIZED), attempt(2, AttemptStatus.FAILED)), BigDecimal.ZERO);

        assertThat(target.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void refundsCountOnlyWhatWentBack() {
        List<PaymentAttempt> captured = List.of(attempt(1, AttemptStatus.CAPTURED));

        assertThat(OrderPaymentSync.target(card(PaymentStatus.PAID), captured, new BigDecimal("10.00")).status())
                .isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(OrderPaymentSync.target(card(PaymentStatus.PAID), captured, new BigDecimal("49.80")).status())
                .isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aReleasedHoldFailsTheOrdersPaymentAndNothingYetSaysNothing() {
        assertThat(OrderPaymentSync.target(card(PaymentStatus.AUTHORIZED), List.of(attempt(1, AttemptStatus.CANCELED)),
                BigDecimal.ZERO).status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(OrderPaymentSync.target(card(PaymentStatus.PENDING),
                List.of(attempt(1, AttemptStatus.REQUIRES_ACTION)), BigDecimal.ZERO)).isNull();
    }

    private PayableOrder card(PaymentStatus status) {
        return new PayableOrder(order, vendor, "SHOP-000001", UUID.randomUUID(), "c@mail.test", PaymentMethod.CARD,
                status, "CONFIRMED", new BigDecimal("49.80"), BigDecimal.ZERO, "EUR", Instant.EPOCH);
    }

    private PaymentAttempt attempt(int no, AttemptStatus status) {
        return new PaymentAttempt(UUID.randomUUID(), vendor, order, "SHOP-000001", no, "pay:" + order + ":" + no,
                "pi_" + no, null, status, new BigDecimal("49.80"), 4980, 249,
                status == AttemptStatus.CAPTURED ? 4980 : 0, "EUR", "acct_1", null, null, Instant.EPOCH,
                Instant.EPOCH, null, null, null, null, null);
    }
}
