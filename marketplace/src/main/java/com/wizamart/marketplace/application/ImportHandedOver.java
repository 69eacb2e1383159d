package com.wizamart.marketplace.application;

import java.util.UUID;

/**
 * An import was handed to the job engine as the engine job {@code engineJobId}, and its row says so (committed). The
 * job adapter queues that engine job, which the engine runs on one worker of one instance (retrying it, and running it
 * again after its instance died, under the same id). Published synchronously, after the commit; when the engine job
 * never comes to exist (the instance died first, the queuing failed), {@link ImportDispatcher}'s sweep hands the
 * import over again.
 *
 * @param jobId        the import.
 * @param vendorId     its vendor.
 * @param engineJobId  the engine job that is to run it: the import's own id for its first hand-over, a fresh one for
 *                     every later one (the engine runs an id once).
 */
public record ImportHandedOver(UUID jobId, UUID vendorId, UUID engineJobId) {
}
