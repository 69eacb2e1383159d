package com.wizamart.marketplace.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.marketplace.ImportStatistics;
import com.wizamart.marketplace.domain.CatalogRefresh;
import com.wizamart.marketplace.domain.ImportCounts;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedRowError;

/** Import jobs and their row errors (vendor-owned, Row-Level Security). */
public interface ImportJobStore {

    /**
     * Inserts a pending job unless one of the same vendor, marketplace and language is pending or running.
     *
     * @return the id of the job that is already active, if any (then nothing was inserted).
     */
    Optional<UUID> insertUnlessActive(ImportJob job);

    Optional<ImportJob> find(UUID id);

    Page<ImportJob> list(JobQuery query, Pageable pageable);

    /**
     * Marks the job running on the job engine's job {@code engineJobId} (the only one that may resume it from now on)
     * and counts the attempt; answers the attempt number, or 0 when the job has ended (it may end meanwhile without
     * the vendor's slot lock: a cancel, the abandoned-imports sweep), which stays ended.
     */
    int start(UUID id, UUID engineJobId, Instant at);

    /**
     * Holds the vendor's import slots until the transaction ends: a database lock, so claims and hand-overs of one
     * vendor's imports happen one at a time across all instances.
     */
    void lockSlots(UUID vendorId);

    /** The vendor's pending and running jobs, oldest first. */
    List<ActiveJob> active(UUID vendorId);

    /**
     * Records the job engine's job a pending or running job is handed to ({@literal null}: none; a pending job waits
     * for a slot), with the message the vendor sees meanwhile.
     */
    void handOver(UUID id, UUID engineJobId, String message);

    /** Attempts made at the job so far ({@link #start} counts them); 0 for a job never started or not found. */
    int attempts(UUID id);

    /**
     * Records the stored feed of a running job.
     *
     * @return {@literal false} when the job is not running any more (it ended while its feed downloaded): nothing is
     *         recorded, and the caller owns the file.
     */
    boolean setSourceFile(UUID id, String file, long bytesTotal);

    /**
     * Records a committed chunk, only if nobody else advanced the job meanwhile.
     *
     * @param errorCount   row errors so far.
     * @param warningCount warnings (optional values dropped) so far.
     * @return {@literal false} when the job's progress is not {@code expectedRows} any more (another worker).
     */
    boolean advance(UUID id, long expectedRows, ImportCounts counts, long bytesRead, long errorCount,
                    long warningCount);

    /**
     * Ends the job, if it is still pending or running.
     *
     * @return {@literal true} when this call ended it ({@literal false}: it had ended already).
     */
    boolean finish(UUID id, ImportStatus status, ImportCounts counts, Long rowsTotal, long errorCount, String message,
                   Instant at);

    /** Records what the catalog did with the job's published products (the bound vendor's job only). */
    void recordCatalogRefresh(UUID jobId, CatalogRefresh refresh);

    /** @return {@literal true} if the job was still active and is now marked for cancellation. */
    boolean requestCancel(UUID id);

    boolean cancelRequested(UUID id);

    /** Stores row errors and warnings (each with its severity), in row order from {@code firstSequence}. */
    void appendErrors(UUID jobId, UUID vendorId, long firstSequence, List<FeedRowError> errors);

    /** The stored row errors and warnings, in row order. */
    Page<FeedRowError> errors(UUID jobId, Pageable pageable);

    void forEachError(UUID jobId, Consumer<FeedRowError> consumer);

    /**
     * Vendors with a pending or running job untouched since {@code before}, of all vendors (call inside an explicit
     * cross-vendor read).
     */
    List<UUID> vendorsWithActiveJobsUntouchedSince(Instant before);

    /**
     * Running jobs whose row has not changed since {@code before} (no chunk committed, no attempt started, no
     * cancellation asked), of all vendors, oldest change first (call inside an explicit cross-vendor read).
     */
    List<QuietJob> runningUnchangedSince(Instant before);

    /**
     * Imports per UTC day of request between the two days (inclusive); {@code vendorId} null = every vendor the
     * transaction may read.
     */
    List<ImportStatistics.DailyImports> daily(UUID vendorId, LocalDate from, LocalDate toInclusive);

    /** The vendor's latest job of each marketplace and language, newest first. */
    List<ImportStatistics.LatestImport> latestPerMarketplace(UUID vendorId);

    /**
     * A running job, the job engine's job it runs on, and when its row last changed.
     */
    record QuietJob(ImportJob job, UUID engineJobId, Instant lastChange) {
    }

    /**
     * A pending or running job as the hand-over sees it.
     *
     * @param engineJobId the job engine's job it was last handed to or runs on; {@literal null} when none.
     * @param touchedAt   when the job last changed (created, handed over, started, advanced).
     */
    record ActiveJob(UUID id, ImportStatus status, UUID engineJobId, Instant createdAt, Instant touchedAt) {
    }

    /** Filters of job lists; {@literal null} means any. */
    record JobQuery(UUID vendorId, ImportStatus status, String marketplace, String language) {
    }
}
