package com.wizamart.ordering.domain;

import static com.wizamart.ordering.PaymentStatus.AUTHORIZED;
import static com.wizamart.ordering.PaymentStatus.FAILED;
import static com.wizamart.ordering.PaymentStatus.PAID;
import static com.wizamart.ordering.PaymentStatus.PARTIALLY_REFUNDED;
import static com.wizamart.ordering.PaymentStatus.PENDING;
import static com.wizamart.ordering.PaymentStatus.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;

class PaymentLifecycleTests {

    @Test
    void allowsExactlyTheMovesOfThePaymentLifecycle() {
        List<String> allowed = new ArrayList<>();
        for (PaymentStatus from : PaymentStatus.values()) {
            for (PaymentStatus to : PaymentStatus.values()) {
                if (PaymentLifecycle.canMove(from, to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }

        assertThat(allowed).containsExactlyInAnyOrder("PENDING->AUTHORIZED", "PENDING->PAID", "PENDING->FAILED",
                "AUTHORIZED->PAID", "AUTHORIZED->FAILED", "FAILED->PENDING", "FAILED->AUTHORIZED", "FAILED->PAID",
                "PAID->PARTIALLY_REFUNDED", "PAID->REFUNDED", "PARTIALLY_REFUNDED->PARTIALLY_REFUNDED",
                "PARTIALLY_REFUNDED->REFUNDED");
    }

    @Test
    void aPaymentNeverRecordedDoesNotMove() {
        assertThat(PaymentLifecycle.next(null)).isEmpty();
    }

    @Test
    void theSameStatusAgainIsARepeatButAnotherPartialRefundIsNot() {
        assertThat(PaymentLifecycle.isRepeat(PAID, PAID, new BigDecimal("10"), new BigDecimal("12"))).isTrue();
        assertThat(PaymentLifecycle.isRepeat(PARTIALLY_REFUNDED, PARTIALLY_REFUNDED, new BigDecimal("5.00"),
                new BigDecimal("5"))).isTrue();
        assertThat(PaymentLifecycle.isRepeat(PARTIALLY_REFUNDED, PARTIALLY_REFUNDED, new BigDecimal("5.00"),
                new BigDecimal("7.50"))).isFalse();
        assertThat(PaymentLifecycle.isRepeat(PENDING, AUTHORIZED, null, BigDecimal.ONE)).isFalse();
    }

    @Test
    void cardAndBankTransferOrdersShipOnlyPaidWhileCashOnDeliveryAndUnrecordedOnesShipAnyway() {
        for (PaymentMethod method : List.of(PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER)) {
            assertThat(PaymentLifecycle.mayShip(method, PAID)).isTrue();
            assertThat(PaymentLifecycle.mayShip(method, PARTIALLY_REFUNDED)).isTrue();
            for (PaymentStatus unpaid : List.of(PENDING, AUTHORIZED, FAILED, REFUNDED)) {
                assertThat(PaymentLifecycle.mayShip(method, unpaid)).as(method + " " + unpaid).isFalse();
            }
        }
        assertThat(PaymentLifecycle.mayShip(PaymentMethod.CASH_ON_DELIVERY, PENDING)).isTrue();
        assertThat(PaymentLifecycle.mayShip(null, null)).isTrue();
    }
}
