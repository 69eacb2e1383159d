package com.wizamart.ordering.domain;

import java.util.EnumSet;
import java.util.Set;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;

/**
 * An order's payment life, beside its fulfilment: {@code PENDING -> AUTHORIZED | PAID | FAILED};
 * {@code AUTHORIZED -> PAID | FAILED}; {@code FAILED -> PENDING} (a new attempt) {@code | AUTHORIZED | PAID};
 * {@code PAID -> PARTIALLY_REFUNDED | REFUNDED}; {@code PARTIALLY_REFUNDED -> PARTIALLY_REFUNDED | REFUNDED}
 * (each further partial refund is a move of its own). {@code REFUNDED} is final. Orders placed before payments were
 * recorded have no method and no status ({@literal null}): nothing was asked of their customers, so their payment
 * does not move (they are not held back from shipping either).
 */
public final class PaymentLifecycle {

    private PaymentLifecycle() {
    }

    /** @return the statuses an order whose payment is {@code from} may move to ({@literal null}: not recorded). */
    public static Set<PaymentStatus> next(PaymentStatus from) {
        if (from == null) {
            return EnumSet.noneOf(PaymentStatus.class);
        }
        return switch (from) {
            case PENDING -> EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.PAID, PaymentStatus.FAILED);
            case AUTHORIZED -> EnumSet.of(PaymentStatus.PAID, PaymentStatus.FAILED);
            case FAILED -> EnumSet.of(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED, PaymentStatus.PAID);
            case PAID -> EnumSet.of(PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);
            case PARTIALLY_REFUNDED -> EnumSet.of(PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);
            case REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    /**
     * @param lastAmount the amount of the last move to {@code from}; {@literal null} when unknown.
     * @param amount     the amount of the move asked for.
     * @return whether moving {@code from -> to} changes nothing: the same status again; for
     *         {@code PARTIALLY_REFUNDED}, the same status with the same amount (another amount is another refund).
     */
    public static boolean isRepeat(PaymentStatus from, PaymentStatus to, java.math.BigDecimal lastAmount,
                                   java.math.BigDecimal amount) {
        if (from != to) {
            return false;
        }
        return to != PaymentStatus.PARTIALLY_REFUNDED || lastAmount == null || lastAmount.compareTo(amount) == 0;
    }

    /** @return whether the lifecycle allows {@code from -> to} as a move that changes something. */
    public static boolean canMove(PaymentStatus from, PaymentStatus to) {
        return next(from).contains(to);
    }

    /**
     * The shipping rule: a card or bank-transfer order leaves only once paid (or paid and partly refunded); cash on
     * delivery is paid when it arrives, and orders placed before methods were recorded are not held back.
     *
     * @return whether an order paid by {@code method}, whose payment is {@code status}, may be shipped or delivered.
     */
    public static boolean mayShip(PaymentMethod method, PaymentStatus status) {
        if (method == null || method == PaymentMethod.CASH_ON_DELIVERY) {
            return true;
        }
        return status == PaymentStatus.PAID || status == PaymentStatus.PARTIALLY_REFUNDED;
    }
}
