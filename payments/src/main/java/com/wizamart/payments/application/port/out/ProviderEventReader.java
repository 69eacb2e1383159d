package com.wizamart.payments.application.port.out;

import java.util.List;
import java.util.Map;

/** Reads the provider's webhooks: verifies their signature and tells what they are about. */
public interface ProviderEventReader {

    /**
     * @return the event, once its signature was verified against one of the configured secrets, within the tolerance.
     * @throws com.wizamart.payments.domain.PaymentsException {@code WEBHOOK_SIGNATURE_INVALID} otherwise.
     */
    ProviderEvent verify(String payload, String signature);

    /** Reads a payload verified before (a stored event). */
    ProviderEvent read(String payload);

    /**
     * One event of the provider.
     *
     * @param objectId      the id of the object it is about ({@code pi_...}, {@code re_...}, {@code ch_...}).
     * @param metadata      the object's metadata (the platform's ids: {@code vendor_id}, {@code attempt_id}, ...).
     * @param paymentIntent the PaymentIntent a refund or charge belongs to; {@literal null} otherwise.
     * @param intent        the PaymentIntent's state, for a {@code payment_intent.*} event; else {@literal null}.
     * @param refunds       the refunds it tells of: a {@code refund.*} event's refund, a refunded charge's refunds.
     */
    record ProviderEvent(String id, String type, String objectId, Map<String, String> metadata, String paymentIntent,
                         CardProvider.Intent intent, List<CardProvider.Refund> refunds) {

        public ProviderEvent {
            metadata = metadata == null ? Map.of() : metadata;
            refunds = refunds == null ? List.of() : List.copyOf(refunds);
        }
    }
}
