package com.wizamart.notifications.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Runs the attempts of messages in the background, on the job engine. */
public interface SendQueue {

    /**
     * Runs attempt {@code attempt} of the message at {@code at} (at once when in the past). Submitting the same
     * message and attempt again runs it once.
     */
    void submit(UUID messageId, UUID vendorId, int attempt, Instant at);
}
