package com.wizamart.payments.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.OrderPayments;
import com.wizamart.ordering.OrderPayments.PayableOrder;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.MinorUnits;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

/**
 * Brings an order's payment status in line with its payment records: the status is derived from the attempts and
 * refunds (captured less refunded: {@code PAID}, {@code PARTIALLY_REFUNDED}, {@code REFUNDED}; a hold:
 * {@code AUTHORIZED}; the latest attempt declined: {@code FAILED}), never from whichever message arrived last. The
 * order's attempts are locked first, so two deliveries of the same news (a webhook and the shopper's return) move the
 * order once, in order; each move is its own transaction, after the records it follows from were committed.
 */
@Component
public class OrderPaymentSync {

    private static final Logger log = LoggerFactory.getLogger(OrderPaymentSync.class);

    private final OrderPayments orders;
    private final AttemptStore attempts;
    private final PaymentRefundStore refunds;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;

    OrderPaymentSync(OrderPayments orders, AttemptStore attempts, PaymentRefundStore refunds, VendorScope vendorScope,
                     TransactionTemplate transactions) {
        this.orders = orders;
        this.attempts = attempts;
        this.refunds = refunds;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
    }

    /**
     * Moves the order's payment status to what its records say, if it differs.
     *
     * @return the order afterwards; empty when the vendor has no such order.
     */
    public Optional<PayableOrder> sync(UUID vendorId, UUID orderId, String note, Actor actor) {
        try {
            return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
                List<PaymentAttempt> all = attempts.lockOfOrder(orderId);
                Optional<PayableOrder> found = orders.find(vendorId, orderId);
                if (found.isEmpty()) {
                    return found;
                }
                PayableOrder order = found.get();
                Target target = target(order, all, refunds.refunded(orderId));
                // the same status again changes nothing (ordering answers the order as it is), except a further
                // partial refund, which is a move of its own
                if (target == null || (target.status() == order.paymentStatus()
                        && target.status() != PaymentStatus.PARTIALLY_REFUNDED)) {
                    return found;
                }
                return Optional.of(orders.recordPaymentStatus(vendorId, orderId, target.status(), target.amount(),
                        note != null ? note : target.note(), actor));
            }));
        } catch (DomainException e) {
            // a move the order's payment lifecycle refuses: the records stay right and visible to the vendor
            log.warn("Order {} of vendor {}: payment status not moved ({})", orderId, vendorId, e.errorCode());
            return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> orders.find(vendorId, orderId)));
        }
    }

    record Target(PaymentStatus status, BigDecimal amount, String note) {
    }

    /** What the records say; {@literal null} when they say nothing new (no attempt decided yet). */
    static Target target(PayableOrder order, List<PaymentAttempt> all, BigDecimal refunded) {
        if (order.method() != PaymentMethod.CARD) {
            if (refunded.signum() > 0 && isPaid(order.paymentStatus())) {
                return refundTarget(order.total(), refunded);
            }
            return null;
        }
        Optional<PaymentAttempt> captured = all.stream().filter(a -> a.status() == AttemptStatus.CAPTURED).findFirst();
        if (captured.isPresent()) {
            BigDecimal amount = MinorUnits.toAmount(captured.get().capturedMinor() > 0 ? captured.get().capturedMinor()
                    : captured.get().amountMinor(), captured.get().currency());
            if (refunded.signum() > 0) {
                return refundTarget(amount, refunded);
            }
            return new Target(PaymentStatus.PAID, amount, "Card payment captured");
        }
        Optional<PaymentAttempt> held = all.stream().filter(a -> a.status() == AttemptStatus.AUTHORIZED).findFirst();
        if (held.isPresent()) {
            return new Target(PaymentStatus.AUTHORIZED, held.get().amount(), "Card payment authorized");
        }
        if (all.isEmpty()) {
            return null;
        }
        PaymentAttempt latest = all.getLast();
        if (latest.status() == AttemptStatus.FAILED) {
            return new Target(PaymentStatus.FAILED, latest.amount(), "Card declined: " + (latest.failureCode() == null
                    ? "unknown reason" : latest.failureCode()));
        }
        if (latest.status() == AttemptStatus.CANCELED && order.paymentStatus() == PaymentStatus.AUTHORIZED) {
            return new Target(PaymentStatus.FAILED, latest.amount(), "Card hold released");
        }
        return null;
    }

    private static Target refundTarget(BigDecimal paid, BigDecimal refunded) {
        return refunded.compareTo(paid) >= 0 ? new Target(PaymentStatus.REFUNDED, refunded, "Refunded")
                : new Target(PaymentStatus.PARTIALLY_REFUNDED, refunded, "Partially refunded");
    }

    static boolean isPaid(PaymentStatus s) {
        return s == PaymentStatus.PAID || s == PaymentStatus.PARTIALLY_REFUNDED || s == PaymentStatus.REFUNDED;
    }
}
