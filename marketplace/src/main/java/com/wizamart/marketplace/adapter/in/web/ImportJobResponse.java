package com.wizamart.marketplace.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/**
 * An import job as the API shows it (mapped by {@link ImportJobWebMapper}). {@code errorCount} counts row errors
 * (rows not imported, ids that appear twice), {@code warningCount} the optional values dropped from rows that were
 * imported; both are listed by {@code /jobs/{id}/errors}, each with its {@code severity}.
 */
record ImportJobResponse(UUID id, UUID vendorId, String marketplace, String language, String source,
                         String sourceUrl, String sourceName, String status, Long rowsTotal, long rowsProcessed,
                         long bytesRead, Long bytesTotal, Double progress, long created, long updated,
                         long unchanged, long failed, long errorCount, String message, boolean cancelRequested,
                         Instant createdAt, Instant startedAt, Instant finishedAt, long warningCount) {
}
