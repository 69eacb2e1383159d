package com.wizamart.payments.application;

import java.util.UUID;

/**
 * A provider event (webhook) was stored, to be processed after the answer. Published in the storing transaction, so
 * the event publication registry holds it until it was processed (and resubmits it after a crash).
 */
public record ProviderEventReceived(String eventId, UUID vendorId) {
}
