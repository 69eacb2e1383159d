package com.wizamart.media.application.port.out;

import java.util.UUID;

/**
 * Hands media's background work to the job engine, once the transaction that made it due has committed. Handing the
 * same work over twice runs it at most twice; the work itself is idempotent.
 */
public interface MediaJobQueue {

    /** Make the display variants of an object. */
    void makeVariants(UUID vendorId, UUID objectId);

    /** Fetch a product image's link. */
    void fetch(UUID vendorId, UUID imageId);
}
