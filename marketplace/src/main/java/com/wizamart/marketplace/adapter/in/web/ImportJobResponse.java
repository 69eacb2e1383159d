package com.wizamart.marketplace.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/**
 * An import job as the API shows it (mapped by {@link ImportJobWebMapper}). {@code errorCount} counts row errors
 * (rows not imported, ids that appear twice), {@code warningCount} the optional values dropped from rows that were
 * imported; both are listed by {@code /jobs/{id}/errors}, each with its {@code severity}.
 *
 * @param catalogRefresh what the catalog did with the import's published products; {@literal null} until the catalog
 *                       reports (within a second or so of the job's end), and for jobs that never completed.
 */
record ImportJobResponse(UUID id, UUID vendorId, String marketplace, String language, String source,
                         String sourceUrl, String sourceName, String status, Long rowsTotal, long rowsProcessed,
                         long bytesRead, Long bytesTotal, Double progress, long created, long updated,
                         long unchanged, long failed, long errorCount, String message, boolean cancelRequested,
                         Instant createdAt, Instant startedAt, Instant finishedAt, long warningCount,
                         CatalogRefreshResponse catalogRefresh) {

    /**
     * The catalog's refresh of an import.
     *
     * @param status          {@code APPLIED}, {@code HELD}, {@code APPROVED}, {@code REJECTED} or {@code FAILED}.
     * @param productsSkipped products with a change that could not be applied (the refresh's changes say why).
     * @param message         why it is held or failed.
     */
    record CatalogRefreshResponse(UUID refreshId, String status, int productsApplied, int productsSkipped,
                                  String message) {
    }
}
