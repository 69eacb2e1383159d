package com.wizamart.marketplace.application.port.out;

import java.util.UUID;

/**
 * Hands import jobs to the cluster-safe job engine. Each hand-over is an engine job of its own id; the engine runs it
 * on one worker of one instance, retries it under the same id, and runs it again under the same id when its
 * instance died.
 */
public interface JobQueue {

    /**
     * Queues the import as the engine's job {@code engineJobId}; queuing an engine job id twice runs it once.
     */
    void enqueue(UUID engineJobId, UUID jobId, UUID vendorId);

}
