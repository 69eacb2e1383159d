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

    /** Marks the job running and counts the attempt; answers the attempt number. */
    int start(UUID id, Instant at);

    /** Attempts made at the job so far ({@link #start} counts them); 0 for a job never started or not found. */
    int attempts(UUID id);

    void setSourceFile(UUID id, String file, long bytesTotal);

    /**
     * Records a committed chunk, only if nobody else advanced the job meanwhile.
     *
     * @return {@literal false} when the job's progress is not {@code expectedRows} any more (another worker).
     */
    boolean advance(UUID id, long expectedRows, ImportCounts counts, long bytesRead, long errorCount);

    /**
     * Ends the job, if it is still pending or running.
     *
     * @return {@literal true} when this call ended it ({@literal false}: it had ended already).
     */
    boolean finish(UUID id, ImportStatus status, ImportCounts counts, Long rowsTotal, long errorCount, String message,
                   Instant at);

    /** @return {@literal true} if the job was still active and is now marked for cancellation. */
    boolean requestCancel(UUID id);

    boolean cancelRequested(UUID id);

    void appendErrors(UUID jobId, UUID vendorId, long firstSequence, List<FeedRowError> errors);

    Page<FeedRowError> errors(UUID jobId, Pageable pageable);

    void forEachError(UUID jobId, Consumer<FeedRowError> consumer);

    /** Pending jobs older than {@code before}, of all vendors (call inside an explicit cross-vendor read). */
    List<ImportJob> pendingBefore(Instant before);

    /**
     * Pending and running jobs whose row has not changed since {@code before} (no chunk committed, no attempt
     * started, no cancellation asked), of all vendors, oldest change first (call inside an explicit cross-vendor
     * read).
     */
    List<QuietJob> activeUnchangedSince(Instant before);

    /**
     * Imports per UTC day of request between the two days (inclusive); {@code vendorId} null = every vendor the
     * transaction may read.
     */
    List<ImportStatistics.DailyImports> daily(UUID vendorId, LocalDate from, LocalDate toInclusive);

    /** The vendor's latest job of each marketplace and language, newest first. */
    List<ImportStatistics.LatestImport> latestPerMarketplace(UUID vendorId);

    /** An active job and when its row last changed. */
    record QuietJob(ImportJob job, Instant lastChange) {
    }

    /** Filters of job lists; {@literal null} means any. */
    record JobQuery(UUID vendorId, ImportStatus status, String marketplace, String language) {
    }
}
