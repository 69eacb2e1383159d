package com.wizamart.payments.application;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import com.wizamart.payments.application.port.out.CardProvider.Intent;
import com.wizamart.payments.config.PaymentsProperties;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.MinorUnits;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.payments.domain.PaymentsException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

/**
 * Card payments of orders through the provider: one PaymentIntent per attempt (manual capture, destination charge to
 * the vendor's connected account less the platform's fee), its state applied from whichever source tells it first
 * (the API's answer, the shopper's return, a webhook), captured when the vendor confirms the order, released when the
 * order does not go ahead.
 *
 * <p>Each attempt row is written before the provider is called, under the idempotency key the call carries and with
 * its id in the intent's metadata: a lost answer is recovered by repeating the call with the same key (one
 * PaymentIntent), and a webhook that arrives before the answer was stored finds the attempt. States only move forward
 * ({@link AttemptStatus#canMoveTo}), under the attempt's row lock; captures are claimed once per attempt, and once per
 * order under the lock of all its attempts (an extra authorized attempt is released, never captured), and carry the
 * key {@code capture:<attempt>}. A new attempt cancels every earlier PaymentIntent not captured or cancelled, declined
 * ones included (the browser can still confirm those with their client secret).
 */
@Service
public class CardPayments {

    private static final Logger log = LoggerFactory.getLogger(CardPayments.class);
    /** A claimed capture not finished within this time was lost with its process; another may take it over. */
    static final Duration CAPTURE_CLAIM_TIMEOUT = Duration.ofMinutes(2);
    /** Order statuses in which the vendor accepted the order: its authorized payment is captured. */
    static final Set<String> GOING_AHEAD = Set.of("CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED");
    /** Order statuses in which the order is not going ahead: a hold is released. */
    static final Set<String> NOT_GOING_AHEAD = Set.of("CANCELLED");

    private final OrderPayments orders;
    private final AttemptStore attempts;
    private final CardProvider provider;
    private final PaymentConfiguration configuration;
    private final PaymentsProperties properties;
    private final OrderPaymentSync sync;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CardPayments(OrderPayments orders, AttemptStore attempts, CardProvider provider,
                 PaymentConfiguration configuration, PaymentsProperties properties, OrderPaymentSync sync,
                 VendorScope vendorScope, TransactionTemplate transactions, Optional<Clock> clock) {
        this.orders = orders;
        this.attempts = attempts;
        this.provider = provider;
        this.configuration = configuration;
        this.properties = properties;
        this.sync = sync;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A card payment as the shopper's page needs it. */
    public record CardState(String paymentIntentId, String clientSecret, String status, String redirectUrl,
                            String failureCode, String failureMessage) {
    }

    /**
     * The shopper pays the order by card: a new attempt (or the one whose answer was lost), confirmed at once when a
     * payment method is given.
     *
     * @param clientKey the request's {@code Idempotency-Key}; {@literal null} for none.
     * @throws PaymentsException {@code ORDER_NOT_PAYABLE}, {@code CARD_PAYMENTS_UNAVAILABLE},
     *         {@code PAYMENT_PROVIDER_UNAVAILABLE} (nothing lost: the same request may be sent again).
     */
    public CardState pay(PayableOrder order, String paymentMethodId, String returnUrl, String clientKey) {
        UUID vendorId = order.vendorId();
        if (order.method() != PaymentMethod.CARD) {
            throw PaymentsException.notPayable("The order is not paid by card.");
        }
        if (NOT_GOING_AHEAD.contains(order.status()) || "REFUNDED".equals(order.status())) {
            throw PaymentsException.notPayable("The order is " + order.status().toLowerCase() + ".");
        }
        if (OrderPaymentSync.isPaid(order.paymentStatus())
                || order.paymentStatus() == com.wizamart.ordering.PaymentStatus.AUTHORIZED) {
            return current(order).orElseThrow(() -> PaymentsException.notPayable("The order is paid."));
        }
        PaymentSettings settings = configuration.settings(vendorId);
        if (!configuration.cardAvailable(settings) || !provider.configured()) {
            throw PaymentsException.cardUnavailable();
        }
        if (!MinorUnits.representable(order.total(), order.currency())) {
            // charged as it is or not at all: never silently rounded
            throw PaymentsException.amountNotRepresentable(order.total(), order.currency());
        }
        PaymentAttempt attempt = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            List<PaymentAttempt> all = attempts.lockOfOrder(order.orderId());
            String key = clientKey == null ? null : "pay:" + order.orderId() + ":" + clientKey;
            if (key != null) {
                Optional<PaymentAttempt> same = all.stream().filter(a -> a.idempotencyKey().equals(key)).findFirst();
                if (same.isPresent()) {
                    return same.get();
                }
            }
            if (!all.isEmpty() && (all.getLast().status() == AttemptStatus.CREATED
                    || all.getLast().status() == AttemptStatus.AUTHORIZED
                    || all.getLast().status() == AttemptStatus.CAPTURED
                    || all.getLast().status() == AttemptStatus.PENDING
                    && java.util.Objects.equals(all.getLast().paymentMethodId(), blankToNull(paymentMethodId)))) {
                // unanswered, or only told "created" by a webhook (the answer was lost): the same request again;
                // authorized meanwhile (a webhook came before the order's status followed): that payment stands
                return all.getLast();
            }
            int no = all.size() + 1;
            long minor = MinorUnits.of(order.total(), order.currency());
            PaymentAttempt created = new PaymentAttempt(UUID.randomUUID(), vendorId, order.orderId(),
                    order.orderNumber(), no, key != null ? key : "pay:" + order.orderId() + ":" + no, null, null,
                    AttemptStatus.CREATED, order.total(), minor,
                    MinorUnits.percentOf(minor, properties.stripe().applicationFeePercent()), 0, order.currency(),
                    settings.connectedAccount(), null, null, clock.instant(), clock.instant(), null, null, null,
                    blankToNull(paymentMethodId), blankToNull(returnUrl));
            attempts.insert(created);
            return created;
        }));
        // an earlier attempt still open (3-D Secure abandoned, a page left): released so only one can be paid
        releaseOthers(order, attempt.id());
        if (attempt.providerId() != null && attempt.status() != AttemptStatus.CREATED) {
            return state(vendorId, attempt.id(), provider.retrieve(attempt.providerId()));
        }
        Intent intent;
        try {
            intent = provider.createIntent(new CardProvider.NewIntent(attempt.amountMinor(), attempt.currency(),
                    attempt.connectedAccount(), attempt.feeMinor(), attempt.paymentMethodId(), attempt.returnUrl(),
                    metadata(attempt)), attempt.idempotencyKey());
        } catch (CardProvider.Declined declined) {
            if (declined.intent() != null) {
                return state(vendorId, attempt.id(), declined.intent());
            }
            fail(vendorId, attempt.id(), declined.code(), declined.getMessage());
            return new CardState(null, null, AttemptStatus.FAILED.name(), null, declined.code(),
                    declined.getMessage());
        } catch (CardProvider.Unavailable unavailable) {
            throw PaymentsException.providerUnavailable();
        }
        return state(vendorId, attempt.id(), intent);
    }

    /**
     * The order's card payment as the provider sees it now, applied (the shopper's return from the payment page).
     * An attempt whose creation was never answered is recovered with its idempotency key.
     *
     * @return empty when the order has no attempt yet.
     */
    public Optional<CardState> current(PayableOrder order) {
        UUID vendorId = order.vendorId();
        Optional<PaymentAttempt> latest = vendorScope.callAs(vendorId,
                () -> transactions.execute(tx -> attempts.ofOrder(order.orderId()))).stream()
                .reduce((a, b) -> b);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        PaymentAttempt attempt = latest.get();
        if (!provider.configured()) {
            return Optional.of(stateOf(attempt, null));
        }
        try {
            Intent intent = attempt.providerId() != null ? provider.retrieve(attempt.providerId())
                    : provider.createIntent(new CardProvider.NewIntent(attempt.amountMinor(), attempt.currency(),
                    attempt.connectedAccount(), attempt.feeMinor(), attempt.paymentMethodId(), attempt.returnUrl(),
                    metadata(attempt)), attempt.idempotencyKey());
            return Optional.of(state(vendorId, attempt.id(), intent));
        } catch (CardProvider.Declined declined) {
            if (declined.intent() != null) {
                return Optional.of(state(vendorId, attempt.id(), declined.intent()));
            }
            if (attempt.providerId() == null) {
                fail(vendorId, attempt.id(), declined.code(), declined.getMessage());
            }
            return Optional.of(stateOf(reload(vendorId, attempt.id()), null));
        } catch (CardProvider.Unavailable unavailable) {
            // the provider is away: answer what is known; the webhook or the next look completes it
            return Optional.of(stateOf(attempt, null));
        }
    }

    /**
     * Applies the provider's view of an attempt's intent and follows it: the order's payment status, a capture when
     * the order is going ahead, a release when it is not.
     *
     * @return the attempt afterwards.
     */
    public PaymentAttempt apply(UUID vendorId, UUID attemptId, Intent intent) {
        PaymentAttempt after = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            PaymentAttempt a = attempts.lock(attemptId).orElseThrow(PaymentsException::orderNotFound);
            AttemptStatus to = AttemptStatus.ofIntent(intent.status(), intent.declined());
            PaymentAttempt updated;
            if (a.status().canMoveTo(to)) {
                updated = a.with(intent.id(), intent.latestCharge(), to,
                        to == AttemptStatus.CAPTURED ? intent.amountReceived() : a.capturedMinor(),
                        to == AttemptStatus.FAILED ? intent.errorCode() : a.failureCode(),
                        to == AttemptStatus.FAILED ? intent.errorMessage() : a.failureMessage(), clock.instant());
                log.info("Card payment {} of order {}: {} -> {}", attemptId, a.orderNumber(), a.status(), to);
            } else if (a.providerId() == null || (a.chargeId() == null && intent.latestCharge() != null)) {
                updated = a.with(intent.id(), intent.latestCharge(), a.status(), a.capturedMinor(), a.failureCode(),
                        a.failureMessage(), clock.instant());
            } else {
                return a;
            }
            attempts.update(updated);
            return updated;
        }));
        Optional<PayableOrder> order = sync.sync(vendorId, after.orderId(), null, Actor.system());
        if (order.isEmpty()) {
            return after;
        }
        if (after.status() == AttemptStatus.CAPTURED && attemptsOf(vendorId, after.orderId()).stream()
                .anyMatch(a -> !a.id().equals(after.id()) && a.status() == AttemptStatus.CAPTURED)) {
            // cannot happen through this class (captures are claimed once per order); the reconciliation flags it
            log.error("Order {} has more than one captured card payment ({}): refund the extra one",
                    after.orderNumber(), after.id());
        }
        boolean held = "requires_capture".equals(intent.status());
        if (held && (after.status() == AttemptStatus.CANCELED
                || NOT_GOING_AHEAD.contains(order.get().status()))) {
            // a hold the platform no longer wants (the order was cancelled while the shopper paid): released
            release(vendorId, after, "the order is not going ahead");
        } else if (after.status() == AttemptStatus.AUTHORIZED && GOING_AHEAD.contains(order.get().status())) {
            capture(vendorId, after.id());
        }
        return reload(vendorId, attemptId);
    }

    /** Captures the order's authorized payment (the vendor confirmed it). Once, whoever asks. */
    public void captureOrder(UUID vendorId, UUID orderId) {
        for (PaymentAttempt a : attemptsOf(vendorId, orderId)) {
            if (a.status() == AttemptStatus.AUTHORIZED) {
                capture(vendorId, a.id());
            }
        }
    }

    /**
     * Captures one authorized attempt under the key {@code capture:<attempt>}, if this caller wins its claim.
     *
     * @throws CardProvider.Unavailable when the provider could not be reached (the claim lapses and a retry takes it).
     */
    public void capture(UUID vendorId, UUID attemptId) {
        UUID orderId = reload(vendorId, attemptId).orderId();
        // under the order's lock: one capture per order, whichever of its attempts got authorized
        Boolean claimed = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            List<PaymentAttempt> all = attempts.lockOfOrder(orderId);
            boolean anotherTaken = all.stream().anyMatch(a -> !a.id().equals(attemptId)
                    && (a.status() == AttemptStatus.CAPTURED
                    || a.status() == AttemptStatus.AUTHORIZED && a.captureRequestedAt() != null));
            if (anotherTaken) {
                return null;
            }
            return attempts.claimCapture(attemptId, clock.instant(), clock.instant().minus(CAPTURE_CLAIM_TIMEOUT));
        }));
        if (claimed == null) {
            PaymentAttempt extra = reload(vendorId, attemptId);
            if (extra.status() == AttemptStatus.AUTHORIZED) {
                log.warn("Card payment {} of order {} is released: another payment of the order is captured",
                        attemptId, extra.orderNumber());
                release(vendorId, extra, "another payment of the order is captured");
            }
            return;
        }
        if (!claimed) {
            return;
        }
        PaymentAttempt attempt = reload(vendorId, attemptId);
        Intent intent;
        try {
            intent = provider.capture(attempt.providerId(), "capture:" + attemptId);
        } catch (CardProvider.Declined declined) {
            log.error("The payment provider refused to capture card payment {} of order {}: {} {}", attemptId,
                    attempt.orderNumber(), declined.code(), declined.getMessage());
            intent = declined.intent() != null ? declined.intent() : provider.retrieve(attempt.providerId());
        }
        apply(vendorId, attemptId, intent);
    }

    /**
     * The order is not going ahead: open holds are released (PaymentIntents cancelled, key
     * {@code cancel:<attempt>}); captured payments are left to refunds.
     */
    public void releaseOrder(UUID vendorId, UUID orderId, String reason) {
        for (PaymentAttempt a : attemptsOf(vendorId, orderId)) {
            if (a.open() || a.status() == AttemptStatus.FAILED) {
                release(vendorId, a, reason);
            }
        }
    }

    private void releaseOthers(PayableOrder order, UUID keep) {
        for (PaymentAttempt a : attemptsOf(order.vendorId(), order.orderId())) {
            // FAILED included: a declined PaymentIntent can still be confirmed with its client secret
            if (!a.id().equals(keep) && a.providerId() != null && !a.status().terminal()) {
                try {
                    release(order.vendorId(), a, "a new attempt replaces it");
                } catch (CardProvider.Unavailable e) {
                    log.warn("Could not release card payment {} of order {} yet", a.id(), a.orderNumber());
                }
            }
        }
    }

    void release(UUID vendorId, PaymentAttempt given, String reason) {
        PaymentAttempt attempt = given;
        if (attempt.providerId() == null) {
            // never answered: recovered with its key, then cancelled (so a late PaymentIntent holds nothing)
            try {
                Intent intent = provider.createIntent(new CardProvider.NewIntent(attempt.amountMinor(),
                        attempt.currency(), attempt.connectedAccount(), attempt.feeMinor(), attempt.paymentMethodId(),
                        attempt.returnUrl(), metadata(attempt)), attempt.idempotencyKey());
                attempt = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
                    PaymentAttempt a = attempts.lock(given.id()).orElseThrow();
                    PaymentAttempt u = a.with(intent.id(), intent.latestCharge(), a.status(), a.capturedMinor(),
                            a.failureCode(), a.failureMessage(), clock.instant());
                    attempts.update(u);
                    return u;
                }));
            } catch (CardProvider.Declined declined) {
                fail(vendorId, given.id(), declined.code(), declined.getMessage());
                return;
            }
        }
        Intent intent;
        try {
            intent = provider.cancel(attempt.providerId(), "cancel:" + attempt.id());
            log.info("Released card payment {} of order {}: {}", attempt.id(), attempt.orderNumber(), reason);
        } catch (CardProvider.Declined declined) {
            // already captured or cancelled: its actual state is applied instead
            intent = provider.retrieve(attempt.providerId());
        }
        apply(vendorId, attempt.id(), intent);
    }

    private void fail(UUID vendorId, UUID attemptId, String code, String message) {
        vendorScope.runAs(vendorId, () -> transactions.executeWithoutResult(tx -> {
            PaymentAttempt a = attempts.lock(attemptId).orElseThrow();
            if (a.status().canMoveTo(AttemptStatus.FAILED)) {
                attempts.update(a.with(null, null, AttemptStatus.FAILED, a.capturedMinor(), code, message,
                        clock.instant()));
            }
        }));
        PaymentAttempt a = reload(vendorId, attemptId);
        sync.sync(vendorId, a.orderId(), null, Actor.system());
    }

    private CardState state(UUID vendorId, UUID attemptId, Intent intent) {
        return stateOf(apply(vendorId, attemptId, intent), intent);
    }

    private static CardState stateOf(PaymentAttempt a, Intent intent) {
        return new CardState(a.providerId(), intent == null ? null : intent.clientSecret(), a.status().name(),
                intent != null && a.status() == AttemptStatus.REQUIRES_ACTION ? intent.redirectUrl() : null,
                a.failureCode(), a.failureMessage());
    }

    List<PaymentAttempt> attemptsOf(UUID vendorId, UUID orderId) {
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> attempts.ofOrder(orderId)));
    }

    private PaymentAttempt reload(UUID vendorId, UUID attemptId) {
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> attempts.find(attemptId)))
                .orElseThrow(PaymentsException::orderNotFound);
    }

    static Map<String, String> metadata(PaymentAttempt a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("order_id", a.orderId().toString());
        m.put("order_number", a.orderNumber());
        m.put("vendor_id", a.vendorId().toString());
        m.put("attempt_id", a.id().toString());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
