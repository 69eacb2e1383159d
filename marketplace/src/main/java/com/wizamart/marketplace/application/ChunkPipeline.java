package com.wizamart.marketplace.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.application.support.LongHashSet;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportCounts;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.StagedField;
import com.wizamart.marketplace.spi.UnchangedRecord;

/**
 * The chunk pipeline of an import: one pass over its feed, from the reader's records to committed chunks of staging.
 * Reading (parsing, normalizing, cutting chunks, and what the staging store can prepare without the database) runs on
 * a thread of the {@code importReaders} executor, at most one chunk ahead of the calling thread, which writes the
 * chunks in order: the next chunk is read while the database takes the current one (on two cores, parsing and the
 * database no longer wait for each other). Each chunk commits together with the job's progress and row errors, so a
 * job whose worker died resumes after its last committed chunk with correct counts (records an earlier attempt
 * committed are read again and skipped); a second worker racing on the same job loses at the next chunk.
 *
 * <p>Every product is checked against the limits of what staging stores ({@link StagedField}); one beyond them is a
 * row error. Records read before a break in the feed are committed before the break is reported.
 *
 * <p>When every reader thread is busy and the executor's queue is full, the pass waits for a free one, asking again
 * every {@link #READER_RETRY} (the import stays running, without progress; a cancel ends the wait), so a burst of
 * imports is never lost to a full executor. How the pass ended, and what the job then becomes, is
 * {@link ImportRunner}'s business.
 */
@Component
class ChunkPipeline {

    private static final Logger log = LoggerFactory.getLogger(ChunkPipeline.class);
    /** Rows a pass writes (created and updated) from which it brings staging's statistics up to date. */
    static final long STATISTICS_AFTER_ROWS = 1_000;
    /** How often a pass that found every reader busy asks again. */
    static final Duration READER_RETRY = Duration.ofMillis(200);

    private final ImportJobStore jobs;
    private final StagingStore staging;
    private final AsyncTaskExecutor readers;
    private final TransactionTemplate transactions;
    private final int chunkSize;
    private final int maxStoredErrors;

    ChunkPipeline(ImportJobStore jobs, StagingStore staging, @Qualifier("importReaders") AsyncTaskExecutor readers,
                  PlatformTransactionManager transactionManager, MarketplaceProperties properties) {
        this.jobs = jobs;
        this.staging = staging;
        this.readers = readers;
        this.transactions = new TransactionTemplate(transactionManager);
        this.chunkSize = properties.chunkSize();
        this.maxStoredErrors = properties.maxStoredErrors();
    }

    /** How a pass over the feed ended; the counts are the job's, with every chunk this pass committed. */
    sealed interface Outcome {

        /** The feed was read to its end, and all of it committed. */
        record Read(ImportCounts counts, long errorCount) implements Outcome {
        }

        /** The import was cancelled: the pass stopped (what it committed is kept). */
        record Cancelled(ImportCounts counts, long errorCount) implements Outcome {
        }

        /** The rest of the feed could not be read: every record read before the break was committed. */
        record Broken(FeedException failure, ImportCounts counts) implements Outcome {
        }

        /** Another worker advanced the same job: this pass stopped, its last chunk rolled back. */
        record TakenOver() implements Outcome {
        }
    }

    /**
     * Runs one pass over the feed of {@code job} (as last read, with the counts committed so far), from
     * {@code reader}, which it uses from the reading thread alone; when it returns, the reading has ended and the
     * caller may close the reader. A failure that no feed explains (the database's) is thrown.
     */
    Outcome run(ImportJob job, FeedReader reader, ImportWatches.Watch watch) {
        return run(job, reader, 1, watch);
    }

    /**
     * @param mappingVersion the adapter's {@link com.wizamart.marketplace.spi.MarketplaceAdapter#mappingVersion()}:
     *                       records staged under another are normalized again.
     */
    Outcome run(ImportJob job, FeedReader reader, int mappingVersion, ImportWatches.Watch watch) {
        return new Pass(job, reader, mappingVersion, watch).run();
    }

    /** One pass over the feed, skipping records a previous attempt already committed. */
    private final class Pass {

        private final ImportJob job;
        private final FeedReader reader;
        private final int mappingVersion;
        private final ImportWatches.Watch watch;
        private final long alreadyCommitted;
        private ImportCounts counts;
        private long errorCount;
        private long warningCount;

        Pass(ImportJob job, FeedReader reader, int mappingVersion, ImportWatches.Watch watch) {
            this.mappingVersion = mappingVersion;
            this.job = job;
            this.reader = reader;
            this.watch = watch;
            this.alreadyCommitted = job.counts().rowsProcessed();
            this.counts = job.counts();
            this.errorCount = job.errorCount();
            this.warningCount = job.warningCount();
        }

        Outcome run() {
            long loading = System.nanoTime();
            ContentIndex known = inTx(() -> staging.knownContent(job.vendorId(), job.marketplace(), job.language()));
            log.info("Import {}: {} staged products of this language known, read in {} ms", job.id(), known.size(),
                    (System.nanoTime() - loading) / 1_000_000);
            ImportCounts before = counts;
            Chunks chunks = new Chunks(reader, staging, known, new ContentHash(mappingVersion), alreadyCommitted,
                    chunkSize, watch);
            Future<?> reading = startReading(chunks);
            if (reading == null) {
                return new Outcome.Cancelled(counts, errorCount);
            }
            try {
                Chunk chunk;
                while ((chunk = chunks.next(reading)) != null) {
                    if (!commit(chunk)) {
                        return new Outcome.Cancelled(counts, errorCount);
                    }
                }
            } catch (FeedException e) {
                return new Outcome.Broken(e, counts);
            } catch (ConcurrentImportException e) {
                return new Outcome.TakenOver();
            } finally {
                chunks.stop(reading);
            }
            if (counts.created() + counts.updated() - before.created() - before.updated() >= STATISTICS_AFTER_ROWS) {
                // the next import of this vendor is planned for what staging now holds, not for what it held
                inTx(() -> {
                    staging.refreshStatistics();
                    return null;
                });
            }
            return watch.cancelled() ? new Outcome.Cancelled(counts, errorCount) : new Outcome.Read(counts, errorCount);
        }

        /**
         * Hands the reading to a reader thread; while every one is busy and the executor's queue is full, waits for
         * room. {@literal null} when the import was cancelled meanwhile.
         */
        private Future<?> startReading(Chunks chunks) {
            boolean waiting = false;
            while (true) {
                try {
                    Future<?> reading = readers.submit(chunks);
                    if (waiting) {
                        log.info("Import {}: a feed reader is free, reading starts", job.id());
                    }
                    return reading;
                } catch (TaskRejectedException full) {
                    if (watch.cancelled()) {
                        return null;
                    }
                    if (!waiting) {
                        log.info("Import {} waits for a free feed reader: all are busy and their queue is full",
                                job.id());
                        waiting = true;
                    }
                    try {
                        Thread.sleep(READER_RETRY);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while waiting for a feed reader", e);
                    }
                }
            }
        }

        /** @return {@literal false} when the job was cancelled (the chunk is not written). */
        private boolean commit(Chunk chunk) {
            if (chunk.records() == 0) {
                return true;
            }
            int products = chunk.products();
            List<FeedRowError> errors = chunk.errors();
            long warnings = errors.stream().filter(e -> e.severity() == FeedRowError.Severity.WARNING).count();
            long failed = chunk.failed();
            return Boolean.TRUE.equals(inTx(() -> {
                if (jobs.cancelRequested(job.id())) {
                    return false;
                }
                StagingStore.ChunkResult result = products == 0 ? new StagingStore.ChunkResult(0, 0, 0)
                        : staging.write(job.vendorId(), job.marketplace(), job.language(), job.id(),
                        chunk.prepared());
                // errors and warnings share the stored list (and its cap), in row order
                long listed = errorCount + warningCount;
                long stored = Math.min(errors.size(), Math.max(0, maxStoredErrors - listed));
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
            }));
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
        private final ContentHash contentHash;
        private final long alreadyCommitted;
        private final int chunkSize;
        private final SynchronousQueue<Object> handOver = new SynchronousQueue<>();
        private final LongHashSet seen = new LongHashSet();
        private final ImportWatches.Watch watch;
        /** Taken by the reader thread when the reading starts, or by the writer that gives it up before. */
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile boolean stopped;

        /**
         * Tells the reader which records are staged exactly as read (their ids staged, not met before in this file,
         * their raw values' hash the one staged), so that it need not normalize them.
         */
        private final KnownRecords unchanged;
        /** The content hash of the product {@link #nextRecord} answered last (before it was fitted). */
        private long lastHash;
        /** The chunk being read: its products (as the store prepares them), their ids, its errors and records. */
        private StagingStore.ChunkBuilder building;
        private LongHashSet inChunk = new LongHashSet();
        private List<FeedRowError> errors = new ArrayList<>();
        private long failedInChunk;
        private long chunkRecords;

        Chunks(FeedReader reader, StagingStore staging, ContentIndex known, ContentHash contentHash,
               long alreadyCommitted, int chunkSize, ImportWatches.Watch watch) {
            this.contentHash = contentHash;
            this.building = staging.chunkBuilder();
            this.unchanged = (externalId, raw) -> {
                long id = LongHashSet.fingerprint(externalId);
                return !raw.isEmpty() && known.contains(id) && !seen.contains(id)
                        && known.holds(id, contentHash.of(raw));
            };
            this.watch = watch;
            this.reader = reader;
            this.staging = staging;
            this.known = known;
            this.alreadyCommitted = alreadyCommitted;
            this.chunkSize = chunkSize;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return; // given up while it waited for a reader thread: nothing to read, nobody to hand over to
            }
            try {
                read();
                put(END);
            } catch (Throwable e) {
                put(e);
            }
        }

        private void read() throws FeedException {
            long records = 0;
            FeedRecord record;
            while (!stopped && (record = nextRecord()) != null) {
                records++;
                boolean replay = records <= alreadyCommitted;
                if (record instanceof UnchangedRecord known) {
                    seen.add(LongHashSet.fingerprint(known.externalId()));
                    if (replay) {
                        continue;
                    }
                } else if (record instanceof FeedProduct product) {
                    long id = LongHashSet.fingerprint(product.externalId());
                    boolean duplicate = !seen.add(id);
                    if (replay) {
                        continue;
                    }
                    if (duplicate && inChunk.contains(id)) {
                        // its earlier row is in this chunk: written first, this one (and what is said about it)
                        // replaces it in the next
                        cut();
                    }
                    if (duplicate) {
                        errors.add(new FeedRowError(product.position(), "id", product.externalId(),
                                "The same id appears earlier in the file; this later row wins."));
                    }
                    errors.addAll(product.warnings());
                    // a product staged with warnings keeps no hash: it is read again (and its warnings reported) each
                    // time
                    long hash = product.warnings().isEmpty() ? lastHash : ContentIndex.NO_HASH;
                    // staged exactly like this: nothing to send (unless an earlier row of this file replaced it)
                    if (duplicate || !known.holds(id, hash)) {
                        inChunk.add(id);
                        // staged in no language when the import began, nor by an earlier row of this file
                        building.add(product, hash, !duplicate && !known.contains(id));
                    }
                } else if (!replay) {
                    errors.add((FeedRowError) record);
                    failedInChunk++;
                }
                if (!replay) {
                    chunkRecords++;
                }
                if (building.size() >= chunkSize || errors.size() >= chunkSize || chunkRecords >= chunkSize * 4L) {
                    cut();
                }
            }
            cut();
        }

        /** Hands the chunk read so far over (once the writer takes it) and starts the next. */
        private void cut() {
            put(new Chunk(building.size() == 0 ? null : building.build(), building.size(), errors, chunkRecords,
                    failedInChunk, reader.bytesRead()));
            building = staging.chunkBuilder();
            inChunk = new LongHashSet();
            errors = new ArrayList<>();
            failedInChunk = 0;
            chunkRecords = 0;
        }

        /**
         * The adapter's next record as staging can hold it (every adapter's products pass here): a product with an id,
         * title or price beyond its limit turned into its row error, one with an optional value beyond its limit
         * without that value and with a warning. When the feed breaks, the records read before the break are handed over
         * first (they are committed and counted), then the failure.
         */
        private FeedRecord nextRecord() throws FeedException {
            FeedRecord record;
            try {
                record = reader.next(unchanged);
            } catch (FeedException e) {
                cut();
                throw e;
            }
            if (record instanceof FeedProduct product) {
                // without raw values (an adapter that keeps none) the hash would not see a change: not kept
                lastHash = product.raw().isEmpty() ? ContentIndex.NO_HASH : contentHash.of(product.raw());
                return StagedField.fit(product);
            }
            if (record instanceof FeedRowError error && error.severity() != FeedRowError.Severity.ERROR) {
                // a row an adapter hands over as a record of its own was not imported, whatever it calls it
                return new FeedRowError(error.position(), error.field(), error.value(), error.message());
            }
            return record;
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

        /**
         * Stops reading (if it has not ended) and waits for the reading task to end; a reading still waiting for a
         * reader thread (in the executor's queue) is given up at once.
         */
        void stop(Future<?> reading) {
            stopped = true;
            if (claimed.compareAndSet(false, true)) {
                reading.cancel(false);
                return;
            }
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

    /** Another worker advanced the same job: this one stops, its chunk rolled back. */
    private static final class ConcurrentImportException extends RuntimeException {
        ConcurrentImportException() {
            super("Another worker is running this import");
        }
    }

    private <T> T inTx(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
