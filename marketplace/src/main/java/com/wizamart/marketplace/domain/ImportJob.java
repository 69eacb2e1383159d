package com.wizamart.marketplace.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One import of one feed (one marketplace, one language) for one vendor: the source of truth for status, progress
 * and counts. The job engine only decides when and where it runs.
 *
 * @param sourceUrl     the URL fetched, for URL imports.
 * @param sourceFile    the stored feed (uploads, or a fetched URL once downloaded), relative to the storage.
 * @param bytesRead     bytes of the feed consumed so far; with {@code bytesTotal} this gives progress.
 * @param rowsTotal     known only once the feed was read to its end.
 * @param errorCount    row errors in total (the stored ones are capped): rows not imported, and ids that appear twice.
 * @param warningCount  warnings in total: optional values dropped from rows that were imported (listed with the row
 *                      errors, under the same cap).
 * @param message       why the job failed or was cancelled.
 * @param catalogRefresh what the catalog did with the import's published products; {@literal null} until it reports.
 */
public record ImportJob(UUID id, UUID vendorId, String marketplace, String language, Source source,
                        String sourceUrl, String sourceFile, String sourceName, ImportStatus status,
                        ImportCounts counts, Long rowsTotal, long bytesRead, Long bytesTotal, long errorCount,
                        String message, boolean cancelRequested, UUID requestedBy, Instant createdAt,
                        Instant startedAt, Instant finishedAt, long warningCount, CatalogRefresh catalogRefresh) {

    /** A job the catalog has not reported on. */
    public ImportJob(UUID id, UUID vendorId, String marketplace, String language, Source source, String sourceUrl,
                     String sourceFile, String sourceName, ImportStatus status, ImportCounts counts, Long rowsTotal,
                     long bytesRead, Long bytesTotal, long errorCount, String message, boolean cancelRequested,
                     UUID requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt, long warningCount) {
        this(id, vendorId, marketplace, language, source, sourceUrl, sourceFile, sourceName, status, counts,
                rowsTotal, bytesRead, bytesTotal, errorCount, message, cancelRequested, requestedBy, createdAt,
                startedAt, finishedAt, warningCount, null);
    }

    /** Where the feed comes from. */
    public enum Source { URL, UPLOAD }

    public static ImportJob pending(UUID vendorId, String marketplace, String language, Source source, String url,
                                    String file, String name, Long bytesTotal, UUID requestedBy) {
        return new ImportJob(UUID.randomUUID(), vendorId, marketplace, language, source, url, file, name,
                ImportStatus.PENDING, ImportCounts.ZERO, null, 0, bytesTotal, 0, null, false, requestedBy,
                Instant.now(), null, null, 0);
    }
}
