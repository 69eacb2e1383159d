package com.wizamart.marketplace;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An import job finished and its rows are in staging. Published once per job, in the job's final transaction.
 *
 * @param status {@code COMPLETED} or {@code COMPLETED_WITH_ERRORS}.
 */
@DomainEvent
public record ImportCompleted(UUID jobId, UUID vendorId, String marketplace, String language, String status,
                              long created, long updated, long unchanged, long failed) {
}
