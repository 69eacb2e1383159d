package com.wizamart.marketplace.application.port.out;

import java.util.UUID;

/** Hands import jobs to the cluster-safe job engine. Enqueuing the same job twice runs it once. */
public interface JobQueue {

    void enqueue(UUID jobId, UUID vendorId);
}
