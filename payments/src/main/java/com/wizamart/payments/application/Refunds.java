package com.wizamart.payments.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.OrderPayments;
import com.wizamart.ordering.OrderPayments.PayableOrder;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.CardProvider;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.MinorUnits;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

/**
 * Money sent back. A card payment is refunded through the provider under the key {@code refund:<refund>} (a repeated
 * refund does the work once); the provider's answer is recorded, and a refused refund stays {@code FAILED} with its
 * reason, visible to the vendor and in the reconciliation. A bank transfer or cash on delivery is refunded by hand and
 * recorded as such. The order's payment status follows what was actually refunded.
 */
@Service
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    private final OrderPayments orders;
    private final AttemptStore attempts;
    private final PaymentRefundStore refunds;
    private final CardProvider provider;
    private final OrderPaymentSync sync;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Refunds(OrderPayments orders, AttemptStore attempts, PaymentRefundStore refunds, CardProvider provider,
            OrderPaymentSync sync, VendorScope vendorScope, TransactionTemplate transactions, Optional<Clock> clock) {
        this.orders = orders;
        this.attempts = attempts;
        this.refunds = refunds;
        this.provider = provider;
        this.sync = sync;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Refunds {@code amount} of the order, once per {@code refundId}.
     *
     * @throws CardProvider.Unavailable when the provider could not be reached (repeat: same key).
     */
    public void refund(UUID vendorId, UUID orderId, UUID refundId, BigDecimal amount, Actor actor) {
        if (amount == null || amount.signum() <= 0) {
            return;
        }
        refund(vendorId, orderId, refundId, (order, captured) -> amount, actor);
    }

    /** What to refund, decided under the order's lock from the order and its captured payment (if any). */
    private interface AmountUnderLock {
        BigDecimal of(PayableOrder order, Optional<PaymentAttempt> captured);
    }

    /**
     * A refund asked for while the order's card payment is authorized but not yet captured (the vendor refunded
     * while the capture was under way): thrown so the event is delivered again later, once the capture is known.
     */
    public static final class CaptureOutstanding extends RuntimeException {

        CaptureOutstanding(String orderNumber) {
            super("The card payment of order " + orderNumber + " is not captured yet: the refund waits for it");
        }
    }

    private void refund(UUID vendorId, UUID orderId, UUID refundId, AmountUnderLock amountOf, Actor actor) {
        Optional<PayableOrder> found = vendorScope.callAs(vendorId,
                () -> transactions.execute(tx -> orders.find(vendorId, orderId)));
        if (found.isEmpty()) {
            return;
        }
        PayableOrder order = found.get();
        if (order.method() == null) {
            return;
        }
        PaymentRefund refund = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            // the order's attempts locked: refund decisions of one order are taken one after the other
            List<PaymentAttempt> all = attempts.lockOfOrder(orderId);
            Optional<PaymentAttempt> captured = all.stream()
                    .filter(a -> a.status() == AttemptStatus.CAPTURED).findFirst();
            if (refunds.lock(refundId).isPresent()) {
                return refunds.lock(refundId).get();
            }
            if (order.method() == PaymentMethod.CARD && captured.isEmpty()
                    && all.stream().anyMatch(a -> a.status() == AttemptStatus.AUTHORIZED)) {
                throw new CaptureOutstanding(order.orderNumber());
            }
            BigDecimal amount = amountOf.of(order, captured);
            if (amount == null || amount.signum() <= 0) {
                return null;
            }
            boolean card = order.method() == PaymentMethod.CARD;
            boolean paid = OrderPaymentSync.isPaid(order.paymentStatus());
            PaymentRefund.Status status = !card ? (paid ? PaymentRefund.Status.MANUAL : null)
                    : captured.isPresent() ? PaymentRefund.Status.PENDING : PaymentRefund.Status.FAILED;
            if (status == null) {
                // nothing was received (a transfer that never came, cash never collected): nothing to send back
                return null;
            }
            PaymentRefund created = new PaymentRefund(refundId, vendorId, orderId, order.orderNumber(),
                    captured.map(PaymentAttempt::id).orElse(null), null, order.method(), status, amount,
                    order.currency(), status == PaymentRefund.Status.FAILED
                    ? "No captured card payment to refund" : null, clock.instant(), clock.instant());
            refunds.insertIfAbsent(created);
            return refunds.lock(refundId).orElse(created);
        }));
        if (refund != null && refund.status() == PaymentRefund.Status.PENDING && refund.providerId() == null) {
            send(vendorId, refund);
        }
        sync.sync(vendorId, orderId, null, actor);
    }

    /** The order's captured card payment, less what was refunded, goes back (a cancellation after capture). */
    public void refundRest(UUID vendorId, UUID orderId, Actor actor) {
        Optional<PayableOrder> order = vendorScope.callAs(vendorId,
                () -> transactions.execute(tx -> orders.find(vendorId, orderId)));
        if (order.isEmpty() || order.get().method() != PaymentMethod.CARD) {
            return;
        }
        // decided under the order's lock: a refund still pending counts as sent back (only failed ones do not)
        refund(vendorId, orderId, UUID.nameUUIDFromBytes(("cancel:" + orderId).getBytes()), (o, captured) -> {
            if (captured.isEmpty()) {
                return null;
            }
            BigDecimal paid = MinorUnits.toAmount(captured.get().capturedMinor() > 0
                    ? captured.get().capturedMinor() : captured.get().amountMinor(), captured.get().currency());
            return paid.subtract(refunds.promised(orderId));
        }, actor);
    }

    private void send(UUID vendorId, PaymentRefund refund) {
        PaymentAttempt attempt = vendorScope.callAs(vendorId,
                () -> transactions.execute(tx -> attempts.find(refund.attemptId()))).orElseThrow();
        CardProvider.Refund answer;
        try {
            answer = provider.refund(attempt.providerId(), MinorUnits.of(refund.amount(), refund.currency()),
                    Map.of("refund_id", refund.id().toString(), "order_id", refund.orderId().toString(),
                            "order_number", refund.orderNumber(), "vendor_id", vendorId.toString()),
                    refund.idempotencyKey());
        } catch (CardProvider.Declined refused) {
            log.warn("The payment provider refused refund {} of order {}: {}", refund.id(), refund.orderNumber(),
                    refused.code());
            record(vendorId, refund.id(), null, PaymentRefund.Status.FAILED, refused.getMessage());
            return;
        }
        record(vendorId, refund.id(), answer.id(), PaymentRefund.Status.ofProvider(answer.status()),
                answer.failureReason());
    }

    /** Records the provider's news of a refund (its answer, or a webhook); a final status does not change again. */
    public void record(UUID vendorId, UUID refundId, String providerId, PaymentRefund.Status status, String reason) {
        Optional<PaymentRefund> updated = vendorScope.callAs(vendorId, () -> transactions.execute(tx ->
                refunds.lock(refundId).map(r -> {
                    boolean finalStatus = r.status() == PaymentRefund.Status.SUCCEEDED
                            || r.status() == PaymentRefund.Status.MANUAL
                            || (r.status() == PaymentRefund.Status.FAILED && r.providerId() != null);
                    if (finalStatus && (providerId == null || providerId.equals(r.providerId()))) {
                        // news older than what is known (the API's answer after the webhook that failed it)
                        return r;
                    }
                    PaymentRefund.Status to = finalStatus ? r.status() : status;
                    String why = to != PaymentRefund.Status.FAILED ? null : reason != null ? reason
                            : r.failureReason() != null ? r.failureReason() : "Refused by the payment provider";
                    PaymentRefund u = new PaymentRefund(r.id(), r.vendorId(), r.orderId(), r.orderNumber(),
                            r.attemptId(), providerId != null ? providerId : r.providerId(), r.method(), to, r.amount(),
                            r.currency(), why, r.createdAt(), clock.instant());
                    refunds.update(u);
                    return u;
                })));
        updated.ifPresent(r -> sync.sync(vendorId, r.orderId(), null, Actor.system()));
    }

    /** A webhook about the provider's refund {@code providerId}. */
    public void recordProviderRefund(UUID vendorId, String providerId, UUID refundIdFromMetadata, String status,
                                     String reason) {
        Optional<PaymentRefund> known = vendorScope.callAs(vendorId, () -> transactions.execute(tx ->
                refunds.findByProviderId(providerId)));
        UUID id = known.map(PaymentRefund::id).orElse(refundIdFromMetadata);
        if (id != null) {
            record(vendorId, id, providerId, PaymentRefund.Status.ofProvider(status), reason);
        }
    }
}
