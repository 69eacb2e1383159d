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

import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.CardProvider;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.application.port.out.ProviderEventReader;
import com.wizamart.payments.application.port.out.ProviderEventReader.ProviderEvent;
import com.wizamart.payments.application.port.out.ProviderEventStore;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.tenancy.VendorScope;

/**
 * The provider's webhooks. Received: the signature is verified ({@link ProviderEventReader}); the event is stored
 * once per id (a replay changes nothing) with {@link ProviderEventReceived} in the same transaction, and answered.
 * Processed after the answer by a listener, whose publication the registry retries until done.
 */
@Service
public class ProviderEvents {

    private static final Logger log = LoggerFactory.getLogger(ProviderEvents.class);

    private final ProviderEventReader reader;
    private final ProviderEventStore events;
    private final AttemptStore attempts;
    private final PaymentRefundStore refunds;
    private final CardPayments cards;
    private final Refunds refunding;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ProviderEvents(ProviderEventReader reader, ProviderEventStore events, AttemptStore attempts,
                   PaymentRefundStore refunds, CardPayments cards, Refunds refunding, VendorScope vendorScope,
                   TransactionTemplate transactions, ApplicationEventPublisher publisher, Optional<Clock> clock) {
        this.reader = reader;
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
     * @throws com.wizamart.payments.domain.PaymentsException {@code WEBHOOK_SIGNATURE_INVALID} for an unsigned,
     *         tampered or stale one.
     */
    public boolean receive(String payload, String signature) {
        ProviderEvent event = reader.verify(payload, signature);
        Optional<UUID> vendor = vendorOf(event);
        if (vendor.isEmpty() || event.id() == null || event.type() == null) {
            log.info("Provider event {} ({}) is about nothing of the platform's; ignored", event.id(), event.type());
            return false;
        }
        UUID vendorId = vendor.get();
        Boolean stored = vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            if (!events.insertIfAbsent(event.id(), event.type(), event.objectId(), payload, clock.instant())) {
                return false;
            }
            publisher.publishEvent(new ProviderEventReceived(event.id(), vendorId));
            return true;
        }));
        if (!Boolean.TRUE.equals(stored)) {
            log.info("Provider event {} ({}) was received before; nothing changes", event.id(), event.type());
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
        ProviderEvent event = reader.read(payload.get());
        if (event.intent() != null && event.type().startsWith("payment_intent.")) {
            attemptOf(vendorId, event).ifPresent(a -> cards.apply(vendorId, a.id(), event.intent()));
        } else if (event.type().startsWith("refund.") || "charge.refunded".equals(event.type())) {
            for (CardProvider.Refund r : event.refunds()) {
                refunding.recordProviderRefund(vendorId, r.id(), uuid(r.metadata(), "refund_id"), r.status(),
                        r.failureReason());
            }
        } else {
            log.debug("Provider event {} ({}) needs nothing", eventId, event.type());
        }
        vendorScope.runAs(vendorId, () -> transactions.executeWithoutResult(tx ->
                events.markProcessed(eventId, clock.instant())));
    }

    /** The vendor an event is about: the metadata the platform set, else the records that name its object. */
    private Optional<UUID> vendorOf(ProviderEvent event) {
        UUID fromMetadata = uuid(event.metadata(), "vendor_id");
        if (fromMetadata != null) {
            return Optional.of(fromMetadata);
        }
        String id = event.objectId();
        String intentId = event.paymentIntent();
        if (id == null) {
            return Optional.empty();
        }
        return vendorScope.acrossVendors("find the vendor a payment provider's webhook is about", () ->
                transactions.execute(tx -> attempts.vendorOf(id).or(() -> refunds.vendorOf(id))
                        .or(() -> intentId == null ? Optional.empty() : attempts.vendorOf(intentId))));
    }

    private Optional<PaymentAttempt> attemptOf(UUID vendorId, ProviderEvent event) {
        UUID attemptId = uuid(event.metadata(), "attempt_id");
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            Optional<PaymentAttempt> byId = attemptId == null ? Optional.empty() : attempts.find(attemptId);
            return byId.or(() -> attempts.findByProviderId(event.objectId()));
        }));
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
