package com.wizamart.ordering.domain;

import static com.wizamart.ordering.domain.OrderPaymentStatus.AUTHORIZED;
import static com.wizamart.ordering.domain.OrderPaymentStatus.FAILED;
import static com.wizamart.ordering.domain.OrderPaymentStatus.PAID;
import static com.wizamart.ordering.domain.OrderPaymentStatus.PARTIALLY_REFUNDED;
import static com.wizamart.ordering.domain.OrderPaymentStatus.PENDING;
import static com.wizamart.ordering.domain.OrderPaymentStatus.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;


class PaymentLifecycleTests {

    @Test
    void allowsExactlyTheMovesOfThePaymentLifecycle() {
        List<String> allowed = new ArrayList<>();
        for (OrderPaymentStatus from : OrderPaymentStatus.values()) {
            for (OrderPaymentStatus to : OrderPaymentStatus.values()) {
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
        for (OrderPaymentMethod method : List.of(OrderPaymentMethod.CARD, OrderPaymentMethod.BANK_TRANSFER)) {
            assertThat(PaymentLifecycle.mayShip(method, PAID)).isTrue();
            assertThat(PaymentLifecycle.mayShip(method, PARTIALLY_REFUNDED)).isTrue();
            for (OrderPaymentStatus unpaid : List.of(PENDING, AUTHORIZED, FAILED, REFUNDED)) {
                assertThat(PaymentLifecycle.mayShip(method, unpaid)).as(method + " " + unpaid).isFalse();
            }
        }
        assertThat(PaymentLifecycle.mayShip(OrderPaymentMethod.CASH_ON_DELIVERY, PENDING)).isTrue();
        assertThat(PaymentLifecycle.mayShip(null, null)).isTrue();
    }
}
