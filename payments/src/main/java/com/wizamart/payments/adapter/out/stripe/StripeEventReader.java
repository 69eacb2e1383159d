package com.wizamart.payments.adapter.out.stripe;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import com.wizamart.payments.application.port.out.CardProvider;
import com.wizamart.payments.application.port.out.ProviderEventReader;
import com.wizamart.payments.config.PaymentsProperties;
import com.wizamart.payments.domain.PaymentsException;

/**
 * Stripe's webhooks through {@code stripe-java}: {@link Webhook.Signature#verifyHeader} checks the
 * {@code Stripe-Signature} (HMAC-SHA256 of {@code timestamp.payload}, compared in constant time by
 * {@code MessageDigest.isEqual}, the timestamp within the tolerance) against each configured signing secret in turn
 * (several during a rotation).
 */
@Component
class StripeEventReader implements ProviderEventReader {

    private static final Logger log = LoggerFactory.getLogger(StripeEventReader.class);

    private final PaymentsProperties properties;

    StripeEventReader(PaymentsProperties properties) {
        this.properties = properties;
    }

    @Override
    public ProviderEvent verify(String payload, String signature) {
        List<String> secrets = properties.stripe().webhookSecrets();
        if (payload == null || signature == null || signature.isBlank() || secrets.isEmpty()) {
            throw PaymentsException.webhookSignatureInvalid();
        }
        long tolerance = properties.stripe().webhookTolerance().toSeconds();
        for (String secret : secrets) {
            try {
                Webhook.Signature.verifyHeader(payload, signature, secret, tolerance);
            } catch (SignatureVerificationException e) {
                continue; // the next secret may have signed it (rotation)
            }
            try {
                return read(payload);
            } catch (RuntimeException e) {
                log.info("A webhook with a valid signature could not be read: {}", e.getClass().getSimpleName());
                throw PaymentsException.webhookSignatureInvalid();
            }
        }
        log.info("A webhook was refused: no configured signing secret verifies it (or it is older than {} s)",
                tolerance);
        throw PaymentsException.webhookSignatureInvalid();
    }

    @Override
    public ProviderEvent read(String payload) {
        Event event = Webhook.constructEventWithoutVerification(payload);
        StripeObject object = object(event);
        return switch (object) {
            case PaymentIntent pi -> new ProviderEvent(event.getId(), event.getType(), pi.getId(), pi.getMetadata(),
                    pi.getId(), StripeCardProvider.intent(pi), List.of());
            case Refund r -> new ProviderEvent(event.getId(), event.getType(), r.getId(), r.getMetadata(),
                    r.getPaymentIntent(), null, List.of(StripeCardProvider.refund(r)));
            case Charge c -> new ProviderEvent(event.getId(), event.getType(), c.getId(), c.getMetadata(),
                    c.getPaymentIntent(), null, c.getRefunds() == null ? List.of()
                    : c.getRefunds().getData().stream().map(StripeCardProvider::refund).toList());
            case null, default -> new ProviderEvent(event.getId(), event.getType(), null, Map.of(), null, null,
                    List.of());
        };
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
}
