package com.wizamart.ordering.domain;

import java.util.EnumSet;
import java.util.Set;


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
    public static Set<OrderPaymentStatus> next(OrderPaymentStatus from) {
        if (from == null) {
            return EnumSet.noneOf(OrderPaymentStatus.class);
        }
        return switch (from) {
            case PENDING -> EnumSet.of(OrderPaymentStatus.AUTHORIZED, OrderPaymentStatus.PAID,
                    OrderPaymentStatus.FAILED);
            case AUTHORIZED -> EnumSet.of(OrderPaymentStatus.PAID, OrderPaymentStatus.FAILED);
            case FAILED -> EnumSet.of(OrderPaymentStatus.PENDING, OrderPaymentStatus.AUTHORIZED,
                    OrderPaymentStatus.PAID);
            case PAID -> EnumSet.of(OrderPaymentStatus.PARTIALLY_REFUNDED, OrderPaymentStatus.REFUNDED);
            case PARTIALLY_REFUNDED -> EnumSet.of(OrderPaymentStatus.PARTIALLY_REFUNDED,
                    OrderPaymentStatus.REFUNDED);
            case REFUNDED -> EnumSet.noneOf(OrderPaymentStatus.class);
        };
    }

    /**
     * @param lastAmount the amount of the last move to {@code from}; {@literal null} when unknown.
     * @param amount     the amount of the move asked for.
     * @return whether moving {@code from -> to} changes nothing: the same status again; for
     *         {@code PARTIALLY_REFUNDED}, the same status with the same amount (another amount is another refund).
     */
    public static boolean isRepeat(OrderPaymentStatus from, OrderPaymentStatus to, java.math.BigDecimal lastAmount,
                                   java.math.BigDecimal amount) {
        if (from != to) {
            return false;
        }
        return to != OrderPaymentStatus.PARTIALLY_REFUNDED || lastAmount == null || lastAmount.compareTo(amount) == 0;
    }

    /** @return whether the lifecycle allows {@code from -> to} as a move that changes something. */
    public static boolean canMove(OrderPaymentStatus from, OrderPaymentStatus to) {
        return next(from).contains(to);
    }

    /**
     * The shipping rule: a card or bank-transfer order leaves only once paid (or paid and partly refunded); cash on
     * delivery is paid when it arrives, and orders placed before methods were recorded are not held back.
     *
     * @return whether an order paid by {@code method}, whose payment is {@code status}, may be shipped or delivered.
     */
    public static boolean mayShip(OrderPaymentMethod method, OrderPaymentStatus status) {
        if (method == null || method == OrderPaymentMethod.CASH_ON_DELIVERY) {
            return true;
        }
        return status == OrderPaymentStatus.PAID || status == OrderPaymentStatus.PARTIALLY_REFUNDED;
    }
}
