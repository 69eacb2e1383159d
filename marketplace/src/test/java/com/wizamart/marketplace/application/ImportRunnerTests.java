package com.wizamart.marketplace.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.awaitility.Awaitility;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import com.wizamart.marketplace.application.port.in.StagedProductDetail;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.application.port.out.FeedStorage;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.application.port.out.JobEngine;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.application.support.LongHashSet;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportCounts;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.UnchangedRecord;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.tenancy.VendorScope;

/**
 * An import from its claim to its end, its feed read by the chunk pipeline on a reader thread while the worker writes:
 * chunks still arrive in order, complete, with exact counts; a feed that breaks keeps what was written before;
 * cancelling stops the reading before the reader is closed; an import that finds every reader busy waits for one.
 */
class ImportRunnerTests {

    private static final int CHUNK = 5;
    /** The runner binds the vendor itself; nothing to switch here. */
    private static final VendorScope VENDOR_SCOPE = new VendorScope() {
        @Override
        public <T> T callAs(UUID vendorId, java.util.function.Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T acrossVendors(String reason, java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    private final ImportChecks checks = new ImportChecks(new SimpleAsyncTaskSchedulerBuilder());
    private final UUID vendor = UUID.randomUUID();
    private final ImportJobStore jobs = mock(ImportJobStore.class);
    private final Staging staging = new Staging();
    private final FeedStorage storage = mock(FeedStorage.class);
    private final ThreadPoolTaskExecutor readers = readers(2, 0);
    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        checks.destroy();
        readers.shutdown();
        workers.shutdownNow();
    }

    @Test
    void writesEveryChunkInOrderAndCompletes() throws Exception {
        List<FeedRecord> feed = products(1, 23);
        feed.add(7, new FeedRowError(9, "price", "abc", "price: not a price"));
        feed.add(product(26, "P-22"));
        ImportJob job = job(ImportCounts.ZERO);
        Scripted reader = new Scripted(feed, null);
        // the position of each stored error, and how many chunks were written when it was stored
        List<long[]> stored = new CopyOnWriteArrayList<>();
        org.mockito.Mockito.doAnswer(call -> {
            List<FeedRowError> errors = call.getArgument(3);
            errors.forEach(e -> stored.add(new long[] {e.position(), staging.chunks.size()}));
            return null;
        }).when(jobs).appendErrors(eq(job.id()), any(), anyLong(), any());

        runner(reader).run(job.id(), vendor);

        // the row repeating P-22, and what is said about it, go with the chunk that holds it
        assertThat(stored).extracting(e -> e[0] + "@" + e[1]).containsExactly("9@2", "26@6");
        // the row repeating P-22 ends the chunk holding the earlier one: written after it, it replaces it
        assertThat(staging.chunks).extracting(List::size).containsExactly(5, 5, 5, 5, 3, 1);
        assertThat(staging.chunks.stream().flatMap(List::stream).map(FeedProduct::externalId).toList())
                .hasSize(24).startsWith("P-1", "P-2", "P-3").endsWith("P-21", "P-22", "P-23", "P-22");
        assertThat(staging.chunks.getLast().getFirst().position()).isEqualTo(26);
        ArgumentCaptor<ImportCounts> counts = ArgumentCaptor.forClass(ImportCounts.class);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED_WITH_ERRORS), counts.capture(), eq(25L), eq(2L),
                isNull(), any());
        // this fake staging reports every product it is sent as created
        assertThat(counts.getValue()).isEqualTo(new ImportCounts(25, 24, 0, 0, 1));
        assertThat(reader.closed).isTrue();
        assertThat(reader.readAfterClose).isFalse();
    }

    @Test
    void aFeedThatBreaksKeepsEveryRowReadBeforeAndFailsSayingWhereItStopped() throws Exception {
        ImportJob job = job(ImportCounts.ZERO);
        Scripted reader = new Scripted(products(1, 12),
                new FeedException(FeedException.Reason.IO, "Reading the feed failed at line 14: reset", 14));

        runner(reader).run(job.id(), vendor);

        assertThat(staging.chunks).as("the rows after the last full chunk too").extracting(List::size)
                .containsExactly(5, 5, 2);
        ArgumentCaptor<ImportCounts> committed = ArgumentCaptor.forClass(ImportCounts.class);
        verify(jobs).advance(eq(job.id()), eq(10L), committed.capture(), anyLong(), anyLong(), anyLong());
        assertThat(committed.getValue().rowsProcessed()).isEqualTo(12);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.FAILED), any(), isNull(), anyLong(),
                eq("Reading the feed failed at line 14: reset. Reading stopped at line 14: the 12 rows before it were "
                        + "processed, and what they imported is kept."), any());
        assertThat(reader.readAfterClose).isFalse();
    }

    @Test
    void aFeedThatBreaksWithoutALineSaysHowManyRowsItRead() {
        assertThat(ImportRunner.readingStopped(new FeedException(FeedException.Reason.IO, "The stream broke."), 1))
                .isEqualTo("The stream broke. Reading stopped after 1 row, and what they imported is kept.");
    }

    @Test
    void anOptionalValueStagingCannotHoldIsDroppedWithAWarningARequiredOneIsARowErrorWhateverTheAdapterChecked()
            throws Exception {
        List<FeedRecord> feed = products(1, 3);
        feed.add(1, FeedProduct.at(3).id("P-long").title("Long brand")
                .price(new Amount(BigDecimal.TEN, "EUR")).brand("b".repeat(201)).product());
        feed.add(2, FeedProduct.at(4).id("P-title").title("t".repeat(501))
                .price(new Amount(BigDecimal.TEN, "EUR")).product());
        // an adapter's own row error marked as a warning is still a row that was not imported
        feed.add(3, FeedRowError.warning(5, "price", "free", "price: not a price"));
        ImportJob job = job(ImportCounts.ZERO);

        runner(new Scripted(feed, null)).run(job.id(), vendor);

        List<FeedProduct> staged = staging.chunks.stream().flatMap(List::stream).toList();
        assertThat(staged).extracting(FeedProduct::externalId).containsExactly("P-1", "P-long", "P-2", "P-3");
        assertThat(staged.get(1).brand()).isNull();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FeedRowError>> errors = ArgumentCaptor.forClass(List.class);
        verify(jobs).appendErrors(eq(job.id()), eq(vendor), eq(0L), errors.capture());
        assertThat(errors.getValue()).hasSize(3);
        assertThat(errors.getValue().get(0)).satisfies(warning -> {
            assertThat(warning.position()).isEqualTo(3);
            assertThat(warning.field()).isEqualTo("brand");
            assertThat(warning.severity()).isEqualTo(FeedRowError.Severity.WARNING);
            assertThat(warning.message()).isEqualTo("brand is longer than 200 characters (201): product P-long is "
                    + "imported without it");
        });
        assertThat(errors.getValue().get(1)).satisfies(error -> {
            assertThat(error.field()).isEqualTo("title");
            assertThat(error.severity()).isEqualTo(FeedRowError.Severity.ERROR);
            assertThat(error.message()).endsWith("product P-title is not imported");
        });
        assertThat(errors.getValue().get(2).severity()).isEqualTo(FeedRowError.Severity.ERROR);
        verify(jobs).advance(eq(job.id()), eq(0L), any(), anyLong(), eq(2L), eq(1L));
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED_WITH_ERRORS),
                eq(new ImportCounts(6, 4, 0, 0, 2)), eq(6L), eq(2L), isNull(), any());
    }

    @Test
    void warningsAloneLeaveAnImportCompleted() throws Exception {
        List<FeedRecord> feed = products(1, 2);
        feed.add(FeedProduct.at(3).id("P-warned").title("Warned")
                .price(new Amount(BigDecimal.TEN, "EUR")).warning("gtin", "4.1E+12", "gtin: mangled; ignored").product());
        ImportJob job = job(ImportCounts.ZERO);

        runner(new Scripted(feed, null)).run(job.id(), vendor);

        verify(jobs).advance(eq(job.id()), eq(0L), any(), anyLong(), eq(0L), eq(1L));
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED), eq(new ImportCounts(3, 3, 0, 0, 0)), eq(3L),
                eq(0L), isNull(), any());
    }

    @Test
    void aFailureTheDatabaseWillNotGetOverFailsTheJobAtOnceInsteadOfBeingRetried() throws Exception {
        ImportJob job = job(ImportCounts.ZERO);
        staging.failOnChunk = 2;
        staging.failure = new DataIntegrityViolationException("value too long for type character varying(200)");

        runner(new Scripted(products(1, 12), null)).run(job.id(), vendor);

        verify(jobs).finish(eq(job.id()), eq(ImportStatus.FAILED), any(), isNull(), anyLong(),
                eq("The import stopped unexpectedly after 0 rows; the rows imported so far are kept. Try again "
                        + "later."), any());
    }

    @Test
    void aFailureTheDatabaseGetsOverIsLeftToTheJobEngineToRetryUntilTheLastAttempt() throws Exception {
        ImportJob job = job(ImportCounts.ZERO);
        staging.failOnChunk = 2;
        staging.failure = new RecoverableDataAccessException("I/O error", new SQLException("connection reset", "08006"));
        when(jobs.attempts(job.id())).thenReturn(ImportRunner.MAX_ATTEMPTS - 1);

        assertThatThrownBy(() -> runner(new Scripted(products(1, 12), null)).run(job.id(), vendor))
                .isSameAs(staging.failure);
        verify(jobs, never()).finish(any(), any(), any(), any(), anyLong(), any(), any());

        when(jobs.attempts(job.id())).thenReturn(ImportRunner.MAX_ATTEMPTS);
        staging.chunks.clear();
        runner(new Scripted(products(1, 12), null)).run(job.id(), vendor);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.FAILED), any(), isNull(), anyLong(),
                org.mockito.ArgumentMatchers.startsWith("The import stopped unexpectedly"), any());
    }

    @Test
    void cancellingStopsTheReadingBeforeTheReaderIsClosed() throws Exception {
        ImportJob job = job(ImportCounts.ZERO);
        AtomicInteger asked = new AtomicInteger();
        when(jobs.cancelRequested(job.id())).thenAnswer(call -> asked.incrementAndGet() >= 3);
        Scripted reader = new Scripted(products(1, 1000), null);

        runner(reader).run(job.id(), vendor);

        assertThat(staging.chunks).hasSize(1);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.CANCELLED), any(), isNull(), anyLong(),
                eq("Cancelled; rows imported so far are kept."), any());
        assertThat(reader.closed).isTrue();
        assertThat(reader.readAfterClose).isFalse();
        // one chunk written, one read ahead, and at most one record into the next
        assertThat(reader.reads.get()).isLessThanOrEqualTo(3 * CHUNK + 1);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCancelStopsAReadingThatIsInTheMiddleOfAHugeRowWithinSeconds() throws Exception {
        ImportJob job = job(ImportCounts.ZERO);
        long cancelAt = System.nanoTime() + 300_000_000L;
        when(jobs.cancelRequested(job.id())).thenAnswer(call -> System.nanoTime() > cancelAt);
        // a row of 100,000 bytes arriving at a byte per millisecond: 100 s to read it
        when(storage.open("feed")).thenReturn(new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws java.io.IOException {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return left-- > 0 ? 'x' : -1;
            }
        });
        long started = System.nanoTime();

        runner(new RowReader()).run(job.id(), vendor);

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.CANCELLED), any(), isNull(), anyLong(),
                eq("Cancelled; rows imported so far are kept."), any());
        assertThat(staging.chunks).isEmpty();
    }

    /**
     * The job engine interrupts its workers when its server stops (an instance shutting down, a rolling deploy): the
     * import is left running for the engine to run again (elsewhere), which resumes it; it is not failed.
     */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aWorkerInterruptedBecauseTheJobEngineStopsLeavesTheImportToBeResumed() throws Exception {
        ImportJob job = job(ImportCounts.ZERO);
        // a record every 100 ms: the writer waits for the reader when it is interrupted
        ImportRunner runner = runner(new Scripted(products(1, 1000), null) {
            @Override
            public FeedRecord next() throws FeedException {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.next();
            }
        });
        AtomicBoolean thrown = new AtomicBoolean();
        Future<?> worker = workers.submit(() -> {
            try {
                runner.run(job.id(), vendor);
            } catch (RuntimeException e) {
                thrown.set(true);
            }
        });
        Thread.sleep(500);

        // as the job engine stops its worker
        worker.cancel(true);
        workers.shutdown();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(thrown).as("the failure goes to the job engine, which runs the job again").isTrue();
        verify(jobs, never()).finish(any(), any(), any(), any(), anyLong(), any(), any());
    }

    /**
     * Every reader thread busy and the queue full (here: one thread, no queue): the import waits for a reader, running
     * without progress, and is read in full once one is free; it is neither failed nor lost.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anImportFindingEveryReaderBusyWaitsForOneAndThenCompletes() throws Exception {
        ThreadPoolTaskExecutor oneReader = readers(1, 0);
        try {
            CountDownLatch release = new CountDownLatch(1);
            oneReader.submit(() -> {
                release.await();
                return null;
            });
            ImportJob job = job(ImportCounts.ZERO);
            Scripted reader = new Scripted(products(1, 12), null);

            Future<?> run = workers.submit(() -> runner(reader, oneReader).run(job.id(), vendor));

            Awaitility.await().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> !run.isDone() && reader.reads.get() == 0);
            verify(jobs, never()).finish(any(), any(), any(), any(), anyLong(), any(), any());
            release.countDown();
            run.get(10, TimeUnit.SECONDS);
            assertThat(staging.chunks).extracting(List::size).containsExactly(5, 5, 2);
            verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED), eq(new ImportCounts(12, 12, 0, 0, 0)),
                    eq(12L), eq(0L), isNull(), any());
        } finally {
            oneReader.shutdown();
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCancelEndsTheWaitForAReader() throws Exception {
        ThreadPoolTaskExecutor oneReader = readers(1, 0);
        CountDownLatch release = new CountDownLatch(1);
        try {
            oneReader.submit(() -> {
                release.await();
                return null;
            });
            ImportJob job = job(ImportCounts.ZERO);
            AtomicBoolean cancelled = new AtomicBoolean();
            when(jobs.cancelRequested(job.id())).thenAnswer(call -> cancelled.get());
            Scripted reader = new Scripted(products(1, 12), null);

            Future<?> run = workers.submit(() -> runner(reader, oneReader).run(job.id(), vendor));
            Awaitility.await().during(java.time.Duration.ofMillis(500)).atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> !run.isDone());
            cancelled.set(true);
            run.get(10, TimeUnit.SECONDS);

            verify(jobs).finish(eq(job.id()), eq(ImportStatus.CANCELLED), any(), isNull(), anyLong(),
                    eq("Cancelled; rows imported so far are kept."), any());
            assertThat(reader.reads).hasValue(0);
            assertThat(reader.closed).isTrue();
            assertThat(staging.chunks).isEmpty();
        } finally {
            release.countDown();
            oneReader.shutdown();
        }
    }

    /** The reading waits in the executor's queue (one thread, busy): a cancel ends the import without waiting. */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCancelEndsAnImportWhoseReadingWaitsInTheQueue() throws Exception {
        ThreadPoolTaskExecutor oneReader = readers(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            oneReader.submit(() -> {
                release.await();
                return null;
            });
            ImportJob job = job(ImportCounts.ZERO);
            AtomicBoolean cancelled = new AtomicBoolean();
            when(jobs.cancelRequested(job.id())).thenAnswer(call -> cancelled.get());
            Scripted reader = new Scripted(products(1, 12), null);

            Future<?> run = workers.submit(() -> runner(reader, oneReader).run(job.id(), vendor));
            Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> oneReader.getThreadPoolExecutor().getQueue().size() == 1);
            cancelled.set(true);
            run.get(10, TimeUnit.SECONDS);

            verify(jobs).finish(eq(job.id()), eq(ImportStatus.CANCELLED), any(), isNull(), anyLong(),
                    eq("Cancelled; rows imported so far are kept."), any());
            assertThat(release.getCount()).as("the busy reader never ended").isEqualTo(1);
            assertThat(reader.reads).hasValue(0);
            assertThat(reader.closed).isTrue();
        } finally {
            release.countDown();
            oneReader.shutdown();
        }
    }

    @Test
    void aResumedJobSkipsTheRecordsAlreadyCommitted() throws Exception {
        ImportJob job = job(new ImportCounts(10, 10, 0, 0, 0));
        Scripted reader = new Scripted(products(1, 17), null);

        runner(reader).run(job.id(), vendor);

        assertThat(staging.chunks).extracting(List::size).containsExactly(5, 2);
        assertThat(staging.chunks.getFirst().getFirst().externalId()).isEqualTo("P-11");
        ArgumentCaptor<ImportCounts> counts = ArgumentCaptor.forClass(ImportCounts.class);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED), counts.capture(), eq(17L), eq(0L), isNull(),
                any());
        assertThat(counts.getValue()).isEqualTo(new ImportCounts(17, 17, 0, 0, 0));
    }

    @Test
    void rowsStagedExactlyAsTheyAreInTheFeedAreNotSentAgain() throws Exception {
        List<FeedRecord> feed = products(1, 12);
        ContentHash hash = new ContentHash(1);
        staging.known = new ContentIndex();
        for (int i : new int[] {2, 3, 4, 9}) {
            FeedProduct p = (FeedProduct) feed.get(i - 1);
            staging.known.put(LongHashSet.fingerprint(p.externalId()), hash.of(p.raw()));
        }
        // staged, but with another title: sent
        staging.known.put(LongHashSet.fingerprint("P-5"), hash.of(product(6, "P-5", "Old title").raw()));
        // staged exactly so, but under another version of the adapter's mapping: sent
        staging.known.put(LongHashSet.fingerprint("P-6"), new ContentHash(2).of(((FeedProduct) feed.get(5)).raw()));
        // a later row repeating a staged, unchanged one replaces the earlier row of this file: sent
        feed.add(product(14, "P-1"));
        feed.add(product(15, "P-3"));
        ImportJob job = job(ImportCounts.ZERO);

        runner(new Scripted(feed, null)).run(job.id(), vendor);

        assertThat(staging.chunks.stream().flatMap(List::stream).map(FeedProduct::externalId).toList())
                .containsExactly("P-1", "P-5", "P-6", "P-7", "P-8", "P-10", "P-11", "P-12", "P-1", "P-3");
        ArgumentCaptor<ImportCounts> counts = ArgumentCaptor.forClass(ImportCounts.class);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED_WITH_ERRORS), counts.capture(), eq(14L),
                eq(2L), isNull(), any());
        // 14 records: 10 products sent (and reported created by this fake staging), 4 unchanged
        assertThat(counts.getValue()).isEqualTo(new ImportCounts(14, 10, 0, 4, 0));
    }

    @Test
    void aReaderThatAsksNormalizesOnlyRecordsStagingDoesNotHoldExactlySo() throws Exception {
        List<FeedRecord> feed = products(1, 8);
        ContentHash hash = new ContentHash(1);
        staging.known = new ContentIndex();
        for (int i : new int[] {1, 2, 3, 4, 5}) {
            FeedProduct p = (FeedProduct) feed.get(i - 1);
            staging.known.put(LongHashSet.fingerprint(p.externalId()), hash.of(p.raw()));
        }
        // staged in another language only, or with warnings: no hash of this language, read again
        staging.known.putStaged(LongHashSet.fingerprint("P-6"));
        // a row repeating an id met before in this file is read again (it replaces the earlier one)
        feed.add(product(10, "P-2"));
        // a product without raw values is never taken for unchanged
        FeedProduct bare = FeedProduct.at(11).id("P-9").title("Bare").price(new Amount(BigDecimal.ONE, "EUR"))
                .product();
        staging.known.put(LongHashSet.fingerprint("P-9"), hash.of(Map.of()));
        feed.add(bare);
        Scripted reader = new Scripted(feed, null).asking();
        ImportJob job = job(ImportCounts.ZERO);

        runner(reader).run(job.id(), vendor);

        assertThat(reader.normalized).containsExactly("P-6", "P-7", "P-8", "P-2", "P-9");
        assertThat(staging.chunks.stream().flatMap(List::stream).map(FeedProduct::externalId).toList())
                .containsExactly("P-6", "P-7", "P-8", "P-2", "P-9");
        ArgumentCaptor<ImportCounts> counts = ArgumentCaptor.forClass(ImportCounts.class);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED_WITH_ERRORS), counts.capture(), eq(10L),
                eq(1L), isNull(), any());
        assertThat(counts.getValue()).isEqualTo(new ImportCounts(10, 5, 0, 5, 0));
    }

    @Test
    void anUnchangedFeedStillReportsProgressChunkByChunk() throws Exception {
        List<FeedRecord> feed = products(1, 50);
        ContentHash hash = new ContentHash(1);
        staging.known = new ContentIndex();
        feed.forEach(r -> staging.known.put(LongHashSet.fingerprint(((FeedProduct) r).externalId()),
                hash.of(((FeedProduct) r).raw())));
        ImportJob job = job(ImportCounts.ZERO);

        runner(new Scripted(feed, null)).run(job.id(), vendor);

        assertThat(staging.chunks).isEmpty();
        // a chunk of records is committed every 4 x chunk size (20) records even when nothing is sent
        verify(jobs, org.mockito.Mockito.times(3)).advance(eq(job.id()), anyLong(), any(), anyLong(), anyLong(),
                anyLong());
        ArgumentCaptor<ImportCounts> counts = ArgumentCaptor.forClass(ImportCounts.class);
        verify(jobs).finish(eq(job.id()), eq(ImportStatus.COMPLETED), counts.capture(), eq(50L), eq(0L), isNull(),
                any());
        assertThat(counts.getValue()).isEqualTo(new ImportCounts(50, 0, 0, 50, 0));
    }

    private ImportJob job(ImportCounts counts) throws Exception {
        ImportJob pending = ImportJob.pending(vendor, "test", "en", ImportJob.Source.UPLOAD, null, "feed", "feed.tsv",
                100L, null);
        ImportJob job = new ImportJob(pending.id(), vendor, "test", "en", pending.source(), null, "feed", "feed.tsv",
                ImportStatus.PENDING, counts, null, 0, 100L, 0, null, false, null, pending.createdAt(), null, null, 0);
        when(jobs.find(job.id())).thenReturn(Optional.of(job));
        when(jobs.active(vendor)).thenReturn(List.of(new ImportJobStore.ActiveJob(job.id(), ImportStatus.PENDING,
                job.id(), job.createdAt(), job.createdAt())));
        when(jobs.start(eq(job.id()), eq(job.id()), any())).thenReturn(1);
        when(jobs.advance(eq(job.id()), anyLong(), any(), anyLong(), anyLong(), anyLong())).thenReturn(true);
        when(storage.open("feed")).thenReturn(InputStream.nullInputStream());
        return job;
    }

    private ImportRunner runner(FeedReader reader) {
        return runner(reader, readers);
    }

    private ImportRunner runner(FeedReader reader, ThreadPoolTaskExecutor readers) {
        MarketplaceAdapter adapter = new MarketplaceAdapter() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public Set<String> supportedFormats() {
                return Set.of("tsv");
            }

            @Override
            public Set<String> languages() {
                return Set.of("en");
            }

            @Override
            public String displayName() {
                return "Test";
            }

            @Override
            public Set<String> fields() {
                return Set.of("id", "title", "price");
            }

            @Override
            public FeedReader open(InputStream feed, String language) {
                return reader instanceof RowReader row ? row.reading(feed) : reader;
            }
        };
        MarketplaceProperties properties = new MarketplaceProperties(Path.of("target/feeds"), DataSize.ofMegabytes(1),
                CHUNK, 1000, new MarketplaceProperties.Fetch(null, null, 0, List.of(), null, null, null, List.of()),
                new MarketplaceProperties.Uploads(DataSize.ofMegabytes(4), java.time.Duration.ofSeconds(1)),
                java.time.Duration.ofMinutes(10), 1, new MarketplaceProperties.Readers(2, 2, 0),
                java.time.Duration.ofMinutes(1));
        ChunkPipeline pipeline = new ChunkPipeline(jobs, staging, readers, mock(PlatformTransactionManager.class),
                properties);
        return new ImportRunner(jobs, storage, mock(FeedFetcher.class), new MarketplaceAdapters(List.of(adapter)),
                properties, mock(ApplicationEventPublisher.class), mock(PlatformTransactionManager.class), pipeline,
                new ImportDispatcher(jobs, mock(ApplicationEventPublisher.class), mock(JobEngine.class), VENDOR_SCOPE,
                        properties),
                new ImportWatches(jobs, VENDOR_SCOPE, checks),
                failure -> failure instanceof RecoverableDataAccessException);
    }

    /** Feed readers as the application builds them (Spring Boot's builder), of the given size and queue. */
    private static ThreadPoolTaskExecutor readers(int threads, int queueCapacity) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutorBuilder().corePoolSize(threads)
                .maxPoolSize(threads).queueCapacity(queueCapacity).threadNamePrefix("import-reader-").build();
        executor.initialize();
        return executor;
    }

    private static List<FeedRecord> products(int from, int to) {
        List<FeedRecord> records = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            records.add(product(i + 1, "P-" + i));
        }
        return records;
    }

    private static FeedProduct product(long row, String id) {
        return product(row, id, "Title " + id);
    }

    private static FeedProduct product(long row, String id, String title) {
        return FeedProduct.at(row).id(id).title(title).price(new Amount(BigDecimal.TEN, "EUR"))
                .raw(Map.of("id", id, "title", title, "price", "10 EUR")).product();
    }

    /** A feed of the given records, then the given failure (or its end). */
    private static class Scripted implements FeedReader {

        private final List<FeedRecord> records;
        private final FeedException failure;
        /** Whether it asks the platform before handing over a product, as the Letzshop reader does. */
        private boolean asking;
        final List<String> normalized = new CopyOnWriteArrayList<>();
        private final AtomicInteger reads = new AtomicInteger();
        private volatile boolean closed;
        private volatile boolean readAfterClose;
        private int next;

        Scripted(List<FeedRecord> records, FeedException failure) {
            this.records = records;
            this.failure = failure;
        }

        @Override
        public FeedRecord next() throws FeedException {
            if (closed) {
                readAfterClose = true;
            }
            reads.incrementAndGet();
            if (next < records.size()) {
                return records.get(next++);
            }
            if (failure != null) {
                throw failure;
            }
            return null;
        }


        Scripted asking() {
            asking = true;
            return this;
        }

        @Override
        public FeedRecord next(KnownRecords known) throws FeedException {
            FeedRecord record = next();
            if (asking && record instanceof FeedProduct p) {
                if (known.holds(p.externalId(), p.raw())) {
                    return new UnchangedRecord(p.position(), p.externalId());
                }
                normalized.add(p.externalId());
            }
            return record;
        }

        @Override
        public long bytesRead() {
            return next;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Reads the feed it is given, one row, byte by byte as a parser does, and ends with it. */
    private static final class RowReader implements FeedReader {

        private InputStream feed;

        RowReader reading(InputStream feed) {
            this.feed = feed;
            return this;
        }

        @Override
        public FeedRecord next() throws FeedException {
            try {
                while (feed.read() >= 0) {
                    // still in the row
                }
                return null;
            } catch (java.io.IOException e) {
                throw new FeedException(FeedException.Reason.IO, "Reading the feed failed: " + e.getMessage());
            }
        }


        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        public void close() {
        }
    }

    /** Records what is written, and reports every product as created. */
    private static final class Staging implements StagingStore {

        final List<List<FeedProduct>> chunks = new CopyOnWriteArrayList<>();
        final AtomicBoolean writing = new AtomicBoolean();
        ContentIndex known = ContentIndex.empty();
        /** The write that fails (1 = the first), with {@link #failure}; none when 0. */
        int failOnChunk;
        RuntimeException failure;

        @Override
        public ContentIndex knownContent(UUID vendorId, String marketplace, String language) {
            return known;
        }

        @Override
        public ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId,
                                 List<FeedProduct> chunk, long[] contentHashes) {
            assertThat(contentHashes).hasSameSizeAs(chunk);
            assertThat(writing.getAndSet(true)).as("one chunk at a time").isFalse();
            if (chunks.size() + 1 == failOnChunk) {
                writing.set(false);
                throw failure;
            }
            chunks.add(List.copyOf(chunk));
            writing.set(false);
            return new ChunkResult(chunk.size(), 0, 0);
        }

        @Override
        public Page<StagedProductSummary> search(StagedProductQuery query, Pageable pageable) {
            return Page.empty();
        }

        @Override
        public Optional<StagedProductDetail> find(UUID id) {
            return Optional.empty();
        }
    }
}
