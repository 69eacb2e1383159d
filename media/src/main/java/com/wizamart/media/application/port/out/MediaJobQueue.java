package com.wizamart.media.application.port.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Hands media's background work to the job engine, once the transaction that made it due has committed. Each hand-over
 * names its attempt: the job's id is made of the row and the attempt, so handing the same attempt over again adds no
 * second job (the stalled-work sweep relies on it), and the work itself checks that its attempt is still the row's.
 */
public interface MediaJobQueue {

    /** Make the display variants of an object, at {@code at} (now or later: a retry). */
    void makeVariants(UUID vendorId, UUID objectId, int attempt, Instant at);

    /** Fetch a product image's link, at {@code at} (now or later: a retry). */
    void fetch(UUID vendorId, UUID imageId, int attempt, Instant at);
}
