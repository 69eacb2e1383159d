package com.wizamart.marketplace.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.marketplace.ImportCompleted;
import com.wizamart.marketplace.ImportFailed;
import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.application.port.out.FeedStorage;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.application.port.out.TransientFailures;
import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.application.support.LongHashSet;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportCounts;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.StagedField;
import com.wizamart.tenancy.VendorContext;

/**
 * Runs one import job: fetch (for URL imports), read through the marketplace's adapter, write staging in chunks.
 * Each chunk commits together with the job's progress and row errors, so a job whose worker died resumes after
 * its last committed chunk with correct counts; a second worker racing on the same job loses at the next chunk.
 * Which engine job may run a job, and when (a vendor's imports take turns), is the {@link ImportDispatcher}'s call.
 * Cancellation is checked before every chunk and, while the job runs, every second by its watch
 * ({@link ImportWatches}), which aborts a download and stops the reading at once; what was committed is kept.
 *
 * <p>Every product is checked against the limits of what staging stores ({@link StagedField}); one beyond them is a
 * row error. A feed that breaks mid-file keeps every row read before the break. A failure the database gets over
 * (a lost connection, a serialization failure) is left to the job engine to retry; any other failure, and the same
 * on the last attempt, ends the job {@code FAILED} at once, so that no job stays running, blocking the next import of
 * its feed, after its worker gave up.
 */
@Service
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    /** Attempts (the job engine retries failures with back-off) after which a job is failed for good. */
    static final int MAX_ATTEMPTS = 4;
    private static final String CANCELLED_KEEPING_ROWS = "Cancelled; rows imported so far are kept.";

    private final ImportJobStore jobs;
    private final StagingStore staging;
    private final FeedStorage storage;
    private final FeedFetcher fetcher;
    private final MarketplaceAdapters adapters;
    private final MarketplaceProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor readers;
    private final TransientFailures transientFailures;
    private final ImportDispatcher dispatcher;
    private final ImportWatches watches;

    ImportRunner(ImportJobStore jobs, StagingStore staging, FeedStorage storage, FeedFetcher fetcher,
                 MarketplaceAdapters adapters, MarketplaceProperties properties, ApplicationEventPublisher events,
                 PlatformTransactionManager transactionManager,
                 @Qualifier("applicationTaskExecutor") AsyncTaskExecutor readers, ImportDispatcher dispatcher,
                 ImportWatches watches, TransientFailures transientFailures) {
        this.readers = readers;
        this.dispatcher = dispatcher;
        this.watches = watches;
        this.transientFailures = transientFailures;
        this.jobs = jobs;
        this.staging = staging;
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
        try {
            reader = adapters.get(job.marketplace()).open(watch.guard(storage.open(file)), job.language());
        } catch (FeedException e) {
            fail(job, e.getMessage());
            return;
        } catch (IOException e) {
            // the message would name our paths
            log.error("Import {}: the stored feed {} could not be opened", job.id(), file, e);
            fail(job, "The stored feed could not be opened on our side; try again later.");
            return;
        }
        Pass pass = new Pass(job, reader, watch);
        try (reader) {
            pass.run();
        } catch (FeedException e) {
            fail(job, readingStopped(e, pass.counts.rowsProcessed()));
        } catch (ConcurrentImportException e) {
            log.warn("Import {} is run by another worker; this one stops", job.id());
        }
    }

    /**
     * One pass over the feed, skipping records a previous attempt already committed. Reading (parsing, normalizing,
     * cutting chunks, and what the staging store can prepare without the database) runs on a thread of its own, at most one chunk ahead of this thread, which writes the chunks in
     * order: the next chunk is read while the database takes the current one (on two cores, parsing and the database
     * no longer wait for each other). The reader is used by that thread
     * alone, and closed (by the caller) only after it ended.
     */
    private final class Pass {

        private final ImportJob job;
        private final FeedReader reader;
        private final ImportWatches.Watch watch;
        private final long alreadyCommitted;
        private ImportCounts counts;
        private long errorCount;
        private long warningCount;

        Pass(ImportJob job, FeedReader reader, ImportWatches.Watch watch) {
            this.job = job;
            this.reader = reader;
            this.watch = watch;
            this.alreadyCommitted = job.counts().rowsProcessed();
            this.counts = job.counts();
            this.errorCount = job.errorCount();
            this.warningCount = job.warningCount();
        }

        void run() throws FeedException {
            long loading = System.nanoTime();
            ContentIndex known = inTx(() -> staging.knownContent(job.vendorId(), job.marketplace(), job.language()));
            log.info("Import {}: {} staged products of this language known, read in {} ms", job.id(), known.size(),
                    (System.nanoTime() - loading) / 1_000_000);
            Chunks chunks = new Chunks(reader, staging, known, alreadyCommitted, properties.chunkSize(), watch);
            Future<?> reading = readers.submit(chunks);
            try {
                Chunk chunk;
                while ((chunk = chunks.next(reading)) != null) {
                    if (!commit(chunk)) {
                        return;
                    }
                }
            } finally {
                chunks.stop(reading);
            }
            if (watch.cancelled() || Boolean.TRUE.equals(inTx(() -> jobs.cancelRequested(job.id())))) {
                finish(job, ImportStatus.CANCELLED, counts, null, errorCount, CANCELLED_KEEPING_ROWS);
                return;
            }
            ImportCounts done = counts;
            long errorsDone = errorCount;
            finish(job, done.failed() > 0 || errorsDone > 0 ? ImportStatus.COMPLETED_WITH_ERRORS : ImportStatus.COMPLETED,
                    done, done.rowsProcessed(), errorsDone, null);
        }

        /** @return {@literal false} when the job must stop (cancelled, or taken over by another worker). */
        private boolean commit(Chunk chunk) {
            if (chunk.records() == 0) {
                return true;
            }
            int products = chunk.products();
            List<FeedRowError> errors = chunk.errors();
            long warnings = errors.stream().filter(e -> e.severity() == FeedRowError.Severity.WARNING).count();
            long failed = chunk.failed();
            Boolean carryOn = inTx(() -> {
                if (jobs.cancelRequested(job.id())) {
                    return false;
                }
                StagingStore.ChunkResult result = products == 0 ? new StagingStore.ChunkResult(0, 0, 0)
                        : staging.write(job.vendorId(), job.marketplace(), job.language(), job.id(),
                        chunk.prepared());
                // errors and warnings share the stored list (and its cap), in row order
                long listed = errorCount + warningCount;
                long stored = Math.min(errors.size(), Math.max(0, properties.maxStoredErrors() - listed));
                if (stored > 0) {
                    jobs.appendErrors(job.id(), job.vendorId(), listed, errors.subList(0, (int) stored));
                }
                ImportCounts next = counts.plus(new ImportCounts(chunk.records(), result.created(), result.updated(),
                        result.unchanged() + (chunk.records() - failed - products), failed));
                if (!jobs.advance(job.id(), counts.rowsProcessed(), next, chunk.bytesRead(),
                        errorCount + errors.size() - warnings, warningCount + warnings)) {
                    throw new ConcurrentImportException();
                }
                counts = next;
                errorCount += errors.size() - warnings;
                warningCount += warnings;
                return true;
            });
            if (!Boolean.TRUE.equals(carryOn)) {
                finish(job, ImportStatus.CANCELLED, counts, null, errorCount, CANCELLED_KEEPING_ROWS);
                return false;
            }
            return true;
        }
    }

    /**
     * What one transaction writes: its products (ids unique, a later row replacing an earlier one) as the staging
     * store prepared them, row errors and warnings, the records read for it and the feed's bytes consumed up to its
     * end.
     */
    private record Chunk(StagingStore.PreparedChunk prepared, int products, List<FeedRowError> errors, long records,
                         long failed, long bytesRead) {
    }

    /**
     * Reads the feed into chunks on its own thread and hands each over when the writer asks for it: while the writer
     * writes one chunk, the next is read and then waits, so at most two are in memory. The end of the feed, or what
     * stopped reading, comes after the last chunk.
     */
    private static final class Chunks implements Runnable {

        private static final Object END = new Object();

        private final FeedReader reader;
        private final StagingStore staging;
        private final ContentIndex known;
        private final ContentHash contentHash = new ContentHash();
        private final long alreadyCommitted;
        private final int chunkSize;
        private final SynchronousQueue<Object> handOver = new SynchronousQueue<>();
        private final LongHashSet seen = new LongHashSet();
        private final ImportWatches.Watch watch;
        private volatile boolean stopped;

        Chunks(FeedReader reader, StagingStore staging, ContentIndex known, long alreadyCommitted, int chunkSize,
               ImportWatches.Watch watch) {
            this.watch = watch;
            this.reader = reader;
            this.staging = staging;
            this.known = known;
            this.alreadyCommitted = alreadyCommitted;
            this.chunkSize = chunkSize;
        }

        @Override
        public void run() {
            try {
                read();
                put(END);
            } catch (Throwable e) {
                put(e);
            }
        }

        private void read() throws FeedException {
            Map<String, Hashed> chunk = new LinkedHashMap<>();
            List<FeedRowError> errors = new ArrayList<>();
            long failedInChunk = 0;
            long chunkRecords = 0;
            long records = 0;
            FeedRecord record;
            while (!stopped && (record = nextRecord(chunk, errors, chunkRecords, failedInChunk)) != null) {
                records++;
                boolean replay = records <= alreadyCommitted;
                if (record instanceof FeedProduct product) {
                    long id = LongHashSet.fingerprint(product.externalId());
                    boolean duplicate = !seen.add(id);
                    if (replay) {
                        continue;
                    }
                    if (duplicate) {
                        errors.add(new FeedRowError(product.row(), "id", product.externalId(),
                                "The same id appears earlier in the file; this later row wins."));
                    }
                    errors.addAll(product.warnings());
                    chunk.remove(product.externalId());
                    long hash = contentHash.of(product);
                    // staged exactly like this: nothing to send (unless an earlier row of this file replaced it)
                    if (duplicate || !known.holds(id, hash)) {
                        chunk.put(product.externalId(), new Hashed(product, hash));
                    }
                } else if (!replay) {
                    errors.add((FeedRowError) record);
                    failedInChunk++;
                }
                if (!replay) {
                    chunkRecords++;
                }
                if (chunk.size() >= chunkSize || errors.size() >= chunkSize || chunkRecords >= chunkSize * 4L) {
                    put(chunk(chunk, errors, chunkRecords, failedInChunk));
                    chunk = new LinkedHashMap<>();
                    errors = new ArrayList<>();
                    failedInChunk = 0;
                    chunkRecords = 0;
                }
            }
            put(chunk(chunk, errors, chunkRecords, failedInChunk));
        }

        /**
         * The adapter's next record as staging can hold it (every adapter's products pass here): a product with an id,
         * title or price beyond its limit turned into its row error, one with an optional value beyond its limit
         * without that value and with a warning. When the feed breaks, the records read before the break are handed over
         * first (they are committed and counted), then the failure.
         */
        private FeedRecord nextRecord(Map<String, Hashed> chunk, List<FeedRowError> errors, long chunkRecords,
                                      long failedInChunk) throws FeedException {
            FeedRecord record;
            try {
                record = reader.next();
            } catch (FeedException e) {
                put(chunk(chunk, errors, chunkRecords, failedInChunk));
                throw e;
            }
            if (record instanceof FeedProduct product) {
                return StagedField.fit(product);
            }
            if (record instanceof FeedRowError error && error.severity() != FeedRowError.Severity.ERROR) {
                // a row an adapter hands over as a record of its own was not imported, whatever it calls it
                return new FeedRowError(error.row(), error.column(), error.value(), error.message());
            }
            return record;
        }

        /** The chunk as the staging store prepared it: its products need not stay in memory. */
        private Chunk chunk(Map<String, Hashed> products, List<FeedRowError> errors, long records, long failed) {
            List<FeedProduct> list = new ArrayList<>(products.size());
            long[] hashes = new long[products.size()];
            for (Hashed h : products.values()) {
                hashes[list.size()] = h.contentHash();
                list.add(h.product());
            }
            StagingStore.PreparedChunk prepared = products.isEmpty() ? null : staging.prepare(list, hashes);
            return new Chunk(prepared, products.size(), errors, records, failed, reader.bytesRead());
        }

        /** Waits until the writer takes {@code item}, or stops wanting any. */
        private void put(Object item) {
            try {
                while (!stopped && !handOver.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the writer is still busy with the previous chunk
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }

        /**
         * The next chunk, or {@literal null} at the end of the feed or once the job is cancelled (the reading then
         * stops at its next read, and what it failed with is the cancel's doing).
         *
         * @throws FeedException when the rest of the feed could not be read (after every chunk read before).
         */
        Chunk next(Future<?> reading) throws FeedException {
            Object item;
            try {
                while ((item = handOver.poll(200, TimeUnit.MILLISECONDS)) == null) {
                    if (watch.cancelled()) {
                        return null;
                    }
                    if (reading.isDone()) {
                        throw new IllegalStateException("The feed reader ended without a word");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the feed reader", e);
            }
            if (watch.cancelled()) {
                return null;
            }
            return switch (item) {
                case Chunk chunk -> chunk;
                case FeedException e -> throw e;
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                case Throwable e -> throw new IllegalStateException(e);
                default -> null;
            };
        }

        /** Stops reading (if it has not ended) and waits for the reading task to end. */
        void stop(Future<?> reading) {
            stopped = true;
            boolean interrupted = false;
            while (!reading.isDone()) {
                try {
                    reading.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException ended) {
                    // the reader hands its own failures over as items; ended is ended
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A product read from the feed, with its content hash. */
    private record Hashed(FeedProduct product, long contentHash) {
    }

    /** Another worker advanced the same job: this one stops, its chunk rolled back. */
    static final class ConcurrentImportException extends RuntimeException {
        ConcurrentImportException() {
            super("Another worker is running this import");
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

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
