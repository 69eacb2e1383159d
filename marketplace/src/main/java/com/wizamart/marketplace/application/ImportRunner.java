package com.wizamart.marketplace.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.marketplace.ImportCompleted;
import com.wizamart.marketplace.ImportFailed;
import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.application.port.out.FeedStorage;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.TransientFailures;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportCounts;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.tenancy.VendorContext;

/**
 * Runs one import job from its claim to its end: claims it for the job engine's job that runs it (which engine job may
 * run a job, and when, as a vendor's imports take turns, is the {@link ImportDispatcher}'s call), fetches the feed (for
 * URL imports), opens it with the marketplace's adapter, has the {@link ChunkPipeline} read it into staging, and ends
 * the job: its status, counts and message, {@link ImportCompleted} or {@link ImportFailed}, the stored feed deleted,
 * and the vendor's next queued import handed over. Cancellation is checked before every step and, while the job
 * runs, every second by its watch ({@link ImportWatches}), which aborts a download and stops the reading at once;
 * what was committed is kept.
 *
 * <p>A feed that breaks mid-file keeps every row read before the break. A failure the database gets over (a lost
 * connection, a serialization failure) is left to the job engine to retry, and the retry resumes after the last
 * committed chunk; any other failure, and the same on the last attempt, ends the job {@code FAILED} at once, so that
 * no job stays running, blocking the next import of its feed, after its worker gave up.
 */
@Service
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    /** Attempts (the job engine retries failures with back-off) after which a job is failed for good. */
    static final int MAX_ATTEMPTS = 4;
    private static final String CANCELLED_KEEPING_ROWS = "Cancelled; rows imported so far are kept.";

    private final ImportJobStore jobs;
    private final FeedStorage storage;
    private final FeedFetcher fetcher;
    private final MarketplaceAdapters adapters;
    private final MarketplaceProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ChunkPipeline pipeline;
    private final TransientFailures transientFailures;
    private final ImportDispatcher dispatcher;
    private final ImportWatches watches;

    ImportRunner(ImportJobStore jobs, FeedStorage storage, FeedFetcher fetcher,
                 MarketplaceAdapters adapters, MarketplaceProperties properties, ApplicationEventPublisher events,
                 PlatformTransactionManager transactionManager, ChunkPipeline pipeline, ImportDispatcher dispatcher,
                 ImportWatches watches, TransientFailures transientFailures) {
        this.pipeline = pipeline;
        this.dispatcher = dispatcher;
        this.watches = watches;
        this.transientFailures = transientFailures;
        this.jobs = jobs;
        this.storage = storage;
        this.fetcher = fetcher;
        this.adapters = adapters;
        this.properties = properties;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** As {@link #run(UUID, UUID, UUID)} for the job's first hand-over, the engine job of the import's own id. */
    public void run(UUID jobId, UUID vendorId) {
        run(jobId, vendorId, jobId);
    }

    /**
     * Runs (or resumes) the job as the job engine's job {@code engineJobId}; returns quietly when the job is final,
     * runs on another engine job, or waits for one of its vendor's running imports to end (then it stays pending and
     * is handed over again later). When the job ends, the vendor's next queued import is handed over.
     */
    public void run(UUID jobId, UUID vendorId, UUID engineJobId) {
        UUID previous = VendorContext.bind(vendorId);
        try {
            ImportJob found = inTx(() -> jobs.find(jobId).orElse(null));
            if (found == null || found.status().isFinal()) {
                return;
            }
            ImportDispatcher.Claim claim = dispatcher.claim(jobId, vendorId, engineJobId);
            if (!claim.started()) {
                log.info("Import {} not run by {}: {}", jobId, engineJobId, claim.outcome());
                return;
            }
            try (ImportWatches.Watch watch = watches.watch(jobId, vendorId)) {
                run(inTx(() -> jobs.find(jobId).orElseThrow()), claim.attempt(), watch);
            } catch (RuntimeException e) {
                stoppedUnexpectedly(jobId, e);
            } finally {
                handOverQueued(vendorId);
            }
        } finally {
            VendorContext.restore(previous);
        }
    }

    private void run(ImportJob job, int attempt, ImportWatches.Watch watch) {
        if (job.cancelRequested()) {
            finish(job, ImportStatus.CANCELLED, job.counts(), null, job.errorCount(),
                    job.counts().rowsProcessed() == 0 ? "Cancelled before it started." : CANCELLED_KEEPING_ROWS);
            return;
        }
        if (attempt > MAX_ATTEMPTS) {
            fail(job, "The import failed repeatedly on our side; try again later.");
            return;
        }
        String file = job.sourceFile() != null ? job.sourceFile() : download(job, watch);
        if (file == null) {
            return;
        }
        if (watch.cancelled() || Boolean.TRUE.equals(inTx(() -> jobs.cancelRequested(job.id())))) {
            finish(job, ImportStatus.CANCELLED, job.counts(), null, job.errorCount(), "Cancelled before reading the feed.");
            return;
        }
        read(job, file, watch);
    }

    /** When the job ended, its slot is free; a failure here is repaired by the dispatcher's sweep. */
    private void handOverQueued(UUID vendorId) {
        try {
            dispatcher.handOverQueued(vendorId);
        } catch (RuntimeException e) {
            log.warn("The vendor's queued imports could not be handed over; the sweep will", e);
        }
    }

    /**
     * Downloads the feed to storage, as it arrives. The download is cut off (the job fails) beyond its deadline or
     * below its minimum rate, and aborted at once when the job is cancelled (the partial file deleted).
     */
    private String download(ImportJob job, ImportWatches.Watch watch) {
        try (InputStream body = fetcher.fetch(job.sourceUrl(), watch)) {
            FeedStorage.StoredFeed stored = storage.store(body, properties.maxUploadSize().toBytes());
            if (!Boolean.TRUE.equals(inTx(() -> jobs.setSourceFile(job.id(), stored.name(), stored.size())))) {
                // the job ended (cancelled, failed by a sweep) while its feed downloaded: nobody will read the file
                storage.delete(stored.name());
                return null;
            }
            return stored.name();
        } catch (FeedFetcher.FetchException e) {
            failUnlessCancelled(job, watch, e.getMessage());
        } catch (FeedStorage.TooLargeException e) {
            fail(job, e.getMessage());
        } catch (FeedFetcher.TooSlowException e) {
            fail(job, e.getMessage());
        } catch (java.nio.file.FileSystemException e) {
            // our disk, not the vendor's server: the message would name our paths
            log.error("Import {}: the downloaded feed could not be stored", job.id(), e);
            failUnlessCancelled(job, watch, "The feed could not be stored on our side; try again later.");
        } catch (IOException e) {
            failUnlessCancelled(job, watch, "The feed could not be downloaded: " + e.getMessage());
        }
        return null;
    }

    /** A download that broke because it was aborted for a cancel ends cancelled, not failed. */
    private void failUnlessCancelled(ImportJob job, ImportWatches.Watch watch, String message) {
        if (watch.cancelled()) {
            finish(job, ImportStatus.CANCELLED, job.counts(), null, job.errorCount(),
                    "Cancelled while the feed was downloading.");
        } else {
            fail(job, message);
        }
    }

    private void read(ImportJob job, String file, ImportWatches.Watch watch) {
        FeedReader reader;
        MarketplaceAdapter adapter = adapters.get(job.marketplace());
        try {
            reader = adapter.open(watch.guard(storage.open(file)), job.language());
        } catch (FeedException e) {
            fail(job, e.getMessage());
            return;
        } catch (IOException e) {
            // the message would name our paths
            log.error("Import {}: the stored feed {} could not be opened", job.id(), file, e);
            fail(job, "The stored feed could not be opened on our side; try again later.");
            return;
        }
        ChunkPipeline.Outcome outcome;
        try (reader) {
            outcome = pipeline.run(job, reader, adapter.mappingVersion(), watch);
        }
        switch (outcome) {
            case ChunkPipeline.Outcome.Read read -> {
                if (watch.cancelled() || Boolean.TRUE.equals(inTx(() -> jobs.cancelRequested(job.id())))) {
                    finish(job, ImportStatus.CANCELLED, read.counts(), null, read.errorCount(),
                            CANCELLED_KEEPING_ROWS);
                } else {
                    finish(job, ImportStatus.completed(read.counts(), read.errorCount()), read.counts(),
                            read.counts().rowsProcessed(), read.errorCount(), null);
                }
            }
            case ChunkPipeline.Outcome.Cancelled cancelled -> finish(job, ImportStatus.CANCELLED, cancelled.counts(),
                    null, cancelled.errorCount(), CANCELLED_KEEPING_ROWS);
            case ChunkPipeline.Outcome.Broken broken ->
                    fail(job, readingStopped(broken.failure(), broken.counts().rowsProcessed()));
            case ChunkPipeline.Outcome.TakenOver takenOver ->
                    log.warn("Import {} is run by another worker; this one stops", job.id());
        }
    }

    /**
     * A failure that no feed or row explains. One the database gets over ({@link TransientFailures}) is thrown
     * again, so the job engine retries the job, which resumes after its last committed chunk; on the last attempt
     * the job fails instead. Anything else (a bug, a constraint, a value the database refuses) fails the job at once:
     * a retry would fail alike, and the running job would block the next import of its feed meanwhile. When even
     * that cannot be written, the failure is thrown for the job engine, and {@code AbandonedImports} ends the job.
     * A worker the job engine interrupted (its server stops: the instance shuts down) leaves the job running, for the
     * engine to run again, on another instance, which resumes it.
     */
    private void stoppedUnexpectedly(UUID jobId, RuntimeException failure) {
        if (Thread.currentThread().isInterrupted()) {
            log.warn("Import {} interrupted: its worker stops, the job engine runs it again", jobId);
            throw failure;
        }
        ImportJob job;
        boolean retry;
        try {
            job = inTx(() -> jobs.find(jobId).orElse(null));
            retry = transientFailures.isTransient(failure) && inTx(() -> jobs.attempts(jobId)) < MAX_ATTEMPTS;
        } catch (RuntimeException unreachable) {
            failure.addSuppressed(unreachable);
            throw failure;
        }
        if (job == null || job.status().isFinal()) {
            log.warn("Import {} failed after it ended", jobId, failure);
            return;
        }
        if (retry) {
            log.warn("Import {} interrupted after {} rows, to be retried: {}", jobId, job.counts().rowsProcessed(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
            throw failure;
        }
        log.error("Import {} stopped after {} rows", jobId, job.counts().rowsProcessed(), failure);
        try {
            fail(job, stopped(job.counts().rowsProcessed()));
        } catch (RuntimeException notWritten) {
            failure.addSuppressed(notWritten);
            throw failure;
        }
    }

    /**
     * Fails a job that stopped without ending (its worker is gone and the job engine will not run it again); the
     * rows it committed stay staged. Does nothing when the job ended meanwhile.
     */
    public void failStopped(UUID jobId, UUID vendorId) {
        UUID previous = VendorContext.bind(vendorId);
        try {
            ImportJob job = inTx(() -> jobs.find(jobId).orElse(null));
            if (job != null && !job.status().isFinal()) {
                if (job.cancelRequested()) {
                    // the vendor asked for the end it gets
                    finish(job, ImportStatus.CANCELLED, job.counts(), null, job.errorCount(), CANCELLED_KEEPING_ROWS);
                    return;
                }
                log.warn("Import {} stopped without ending after {} rows; failing it", jobId,
                        job.counts().rowsProcessed());
                fail(job, stopped(job.counts().rowsProcessed()));
            }
        } finally {
            VendorContext.restore(previous);
        }
    }

    /** What a job that stopped on an unexpected failure tells the vendor (no internals: those are logged). */
    static String stopped(long rowsProcessed) {
        return "The import stopped unexpectedly after " + rows(rowsProcessed) + "; the rows imported so far are "
                + "kept. Try again later.";
    }

    /** The reader's message, and how far it got: the rows before the break are committed and kept. */
    static String readingStopped(FeedException e, long rowsProcessed) {
        String message = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        if (e.line().isPresent()) {
            return message + " Reading stopped at line " + e.line().getAsLong() + ": the " + rows(rowsProcessed)
                    + " before it " + (rowsProcessed == 1 ? "was" : "were") + " processed, and what they imported is "
                    + "kept.";
        }
        return message + " Reading stopped after " + rows(rowsProcessed) + ", and what they imported is kept.";
    }

    private static String rows(long count) {
        return count == 1 ? "1 row" : count + " rows";
    }

    private void fail(ImportJob job, String message) {
        log.info("Import {} failed: {}", job.id(), message);
        inTx(() -> {
            ImportJob now = jobs.find(job.id()).orElse(job);
            if (jobs.finish(job.id(), ImportStatus.FAILED, now.counts(), null, now.errorCount(), message,
                    Instant.now())) {
                events.publishEvent(new ImportFailed(job.id(), job.vendorId(), job.marketplace(), job.language(),
                        message));
            }
            return null;
        });
        deleteFile(job);
    }

    private void finish(ImportJob job, ImportStatus status, ImportCounts counts, Long rowsTotal, long errorCount,
                        String message) {
        inTx(() -> {
            if (jobs.finish(job.id(), status, counts, rowsTotal, errorCount, message, Instant.now())
                    && (status == ImportStatus.COMPLETED || status == ImportStatus.COMPLETED_WITH_ERRORS)) {
                events.publishEvent(new ImportCompleted(job.id(), job.vendorId(), job.marketplace(), job.language(),
                        status.name(), counts.created(), counts.updated(), counts.unchanged(), counts.failed()));
            }
            return null;
        });
        deleteFile(job);
    }

    private void deleteFile(ImportJob job) {
        inTx(() -> jobs.find(job.id()).map(ImportJob::sourceFile)).ifPresent(storage::delete);
    }

    private <T> T inTx(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
