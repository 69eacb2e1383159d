package com.wizamart.marketplace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Figures about imports for dashboards: how many ran per day and how they ended, and each vendor's latest import per
 * marketplace. Read-only; answers from the import-job records, which stay the source of truth for imports.
 */
public interface ImportStatistics {

    /**
     * Imports per UTC day (by the day they were requested), across all vendors, from {@code from} to
     * {@code toInclusive}. Days without imports are absent; the list is ordered by day.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code toInclusive} or the range exceeds 366 days.
     */
    List<DailyImports> daily(LocalDate from, LocalDate toInclusive);

    /** As {@link #daily(LocalDate, LocalDate)}, for one vendor. */
    List<DailyImports> daily(UUID vendorId, LocalDate from, LocalDate toInclusive);

    /**
     * The vendor's most recent import of each marketplace and language (whatever its status), newest first.
     */
    List<LatestImport> latestPerMarketplace(UUID vendorId);

    /**
     * One day's imports.
     *
     * @param total     imports requested that day.
     * @param completed ended {@code COMPLETED} or {@code COMPLETED_WITH_ERRORS}.
     * @param failed    ended {@code FAILED}.
     * @param rowsFailed rows refused across those imports.
     */
    record DailyImports(LocalDate day, long total, long completed, long failed, long cancelled, long active,
                        long rowsProcessed, long rowsFailed) {
    }

    /** A vendor's latest import of one marketplace and language. */
    record LatestImport(UUID jobId, String marketplace, String language, String status, Instant createdAt,
                        Instant finishedAt, long rowsProcessed, long created, long updated, long unchanged,
                        long failed) {
    }
}
