package com.wizamart.payments.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** The provider's events (webhooks), each once, of the bound vendor. */
public interface ProviderEventStore {

    /** @return false when the event was received before (a replay). */
    boolean insertIfAbsent(String id, String type, String objectId, String payload, Instant at);

    /** The event's payload, unless it was processed already (or is unknown). */
    Optional<String> unprocessed(String id);

    void markProcessed(String id, Instant at);
}
