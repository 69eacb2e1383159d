package com.wizamart.payments.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.CardProvider;
import com.wizamart.payments.application.port.out.ProviderEventStore;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.config.PaymentsProperties;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.payments.domain.PaymentsException;
import com.wizamart.tenancy.VendorScope;

/**
 * The provider's webhooks. Received: the {@code Stripe-Signature} is verified by {@code stripe-java}
 * ({@link Webhook.Signature#verifyHeader}: HMAC-SHA256 of {@code timestamp.payload}, compared in constant time, the
 * timestamp within the tolerance) against each configured signing secret in turn (several during a rotation); the
 * event is stored once per id (a replay changes nothing) with {@link ProviderEventReceived} in the same transaction,
 * and answered. Processed after the answer by a listener, whose publication the registry retries until done.
 */
@Service
public class ProviderEvents {

    private static final Logger log = LoggerFactory.getLogger(ProviderEvents.class);

    private final PaymentsProperties properties;
    private final ProviderEventStore events;
    private final AttemptStore attempts;
    private final PaymentRefundStore refunds;
    private final CardPayments cards;
    private final Refunds refunding;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ProviderEvents(PaymentsProperties properties, ProviderEventStore events, AttemptStore attempts,
                   PaymentRefundStore refunds, CardPayments cards, Refunds refunding, VendorScope vendorScope,
                   TransactionTemplate transactions, ApplicationEventPublisher publisher, Optional<Clock> clock) {
        this.properties = properties;
        this.events = events;
        this.attempts = attempts;
        this.refunds = refunds;
        this.cards = cards;
        this.refunding = refunding;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Verifies and stores one webhook.
     *
     * @return whether it was new (false: a replay, or about nothing of the platform's).
     * @throws PaymentsException {@code WEBHOOK_SIGNATURE_INVALID} for an unsigned, tampered or stale one.
     */
    public boolean receive(String payload, String signature) {
        Event event = verify(payload, signature);
        StripeObject object = object(event);
        String objectId = objectId(object);
        Optional<UUID> vendor = vendorOf(object);
        if (vendor.isEmpty() || event.getId() == null || event.getType() == null) {
            log.info("Provider event {} ({}) is about nothing of the platform's; ignored", event.getId(),
                    event.getType());
            return false;
        }
        UUID vendorId = vendor.get();
        Boolean stored = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            if (!events.insertIfAbsent(event.getId(), event.getType(), objectId, payload, clock.instant())) {
                return false;
            }
            publisher.publishEvent(new ProviderEventReceived(event.getId(), vendorId));
            return true;
        }));
        if (!Boolean.TRUE.equals(stored)) {
            log.info("Provider event {} ({}) was received before; nothing changes", event.getId(), event.getType());
        }
        return Boolean.TRUE.equals(stored);
    }

    /** Processes a stored event once (a redelivered publication finds it processed). */
    public void process(String eventId, UUID vendorId) {
        Optional<String> payload = vendorScope.callAs(vendorId, () -> transactions.execute(tx ->
                events.unprocessed(eventId)));
        if (payload.isEmpty()) {
            return;
        }
        Event event = Webhook.constructEventWithoutVerification(payload.get());
        StripeObject object = object(event);
        String type = event.getType();
        if (object instanceof PaymentIntent pi && type.startsWith("payment_intent.")) {
            attemptOf(vendorId, pi).ifPresent(a -> cards.apply(vendorId, a.id(), intent(pi)));
        } else if (object instanceof Refund r && type.startsWith("refund.")) {
            refunding.recordProviderRefund(vendorId, r.getId(), uuid(r.getMetadata(), "refund_id"), r.getStatus(),
                    r.getFailureReason());
        } else if (object instanceof Charge c && "charge.refunded".equals(type) && c.getRefunds() != null) {
            for (Refund r : c.getRefunds().getData()) {
                refunding.recordProviderRefund(vendorId, r.getId(), uuid(r.getMetadata(), "refund_id"),
                        r.getStatus(), r.getFailureReason());
            }
        } else {
            log.debug("Provider event {} ({}) needs nothing", eventId, type);
        }
        vendorScope.runAs(vendorId, () -> transactions.executeWithoutResult(tx ->
                events.markProcessed(eventId, clock.instant())));
    }

    private Event verify(String payload, String signature) {
        if (payload == null || signature == null || signature.isBlank()
                || properties.stripe().webhookSecrets().isEmpty()) {
            throw PaymentsException.webhookSignatureInvalid();
        }
        long tolerance = properties.stripe().webhookTolerance().toSeconds();
        for (String secret : properties.stripe().webhookSecrets()) {
            try {
                Webhook.Signature.verifyHeader(payload, signature, secret, tolerance);
                return Webhook.constructEventWithoutVerification(payload);
            } catch (SignatureVerificationException e) {
                // the next secret may have signed it (rotation)
            } catch (RuntimeException e) {
                log.info("A webhook with a valid signature could not be read: {}", e.getClass().getSimpleName());
                throw PaymentsException.webhookSignatureInvalid();
            }
        }
        log.info("A webhook was refused: no configured signing secret verifies it (or it is older than {} s)",
                tolerance);
        throw PaymentsException.webhookSignatureInvalid();
    }

    private static StripeObject object(Event event) {
        if (event.getDataObjectDeserializer() == null) {
            return null;
        }
        return event.getDataObjectDeserializer().getObject().orElseGet(() -> {
            try {
                return event.getDataObjectDeserializer().deserializeUnsafe();
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static String objectId(StripeObject object) {
        return switch (object) {
            case PaymentIntent pi -> pi.getId();
            case Refund r -> r.getId();
            case Charge c -> c.getId();
            case null, default -> null;
        };
    }

    /** The vendor an object is about: the metadata the platform set, else the records that name it. */
    private Optional<UUID> vendorOf(StripeObject object) {
        Map<String, String> metadata = switch (object) {
            case PaymentIntent pi -> pi.getMetadata();
            case Refund r -> r.getMetadata();
            case Charge c -> c.getMetadata();
            case null, default -> null;
        };
        UUID fromMetadata = uuid(metadata, "vendor_id");
        if (fromMetadata != null) {
            return Optional.of(fromMetadata);
        }
        String id = objectId(object);
        String intentId = switch (object) {
            case Refund r -> r.getPaymentIntent();
            case Charge c -> c.getPaymentIntent();
            case null, default -> null;
        };
        if (id == null) {
            return Optional.empty();
        }
        return vendorScope.acrossVendors("find the vendor a payment provider's webhook is about", () ->
                transactions.execute(tx -> attempts.vendorOf(id).or(() -> refunds.vendorOf(id))
                        .or(() -> intentId == null ? Optional.empty() : attempts.vendorOf(intentId))));
    }

    private Optional<PaymentAttempt> attemptOf(UUID vendorId, PaymentIntent pi) {
        UUID attemptId = uuid(pi.getMetadata(), "attempt_id");
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            Optional<PaymentAttempt> byId = attemptId == null ? Optional.empty() : attempts.find(attemptId);
            return byId.or(() -> attempts.findByProviderId(pi.getId()));
        }));
    }

    private static CardProvider.Intent intent(PaymentIntent pi) {
        com.stripe.model.StripeError error = pi.getLastPaymentError();
        String code = error == null ? null : error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode();
        String redirect = pi.getNextAction() != null && pi.getNextAction().getRedirectToUrl() != null
                ? pi.getNextAction().getRedirectToUrl().getUrl() : null;
        return new CardProvider.Intent(pi.getId(), pi.getStatus(), null, redirect, pi.getLatestCharge(),
                pi.getAmount() == null ? 0 : pi.getAmount(), pi.getAmountReceived() == null ? 0
                : pi.getAmountReceived(), code, error == null ? null : error.getMessage(),
                pi.getMetadata() == null ? Map.of() : pi.getMetadata());
    }

    private static UUID uuid(Map<String, String> metadata, String key) {
        if (metadata == null || metadata.get(key) == null) {
            return null;
        }
        try {
            return UUID.fromString(metadata.get(key));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
