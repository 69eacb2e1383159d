package com.wizamart.marketplace.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.tenancy.VendorScope;

/**
 * The imports this instance runs, watched for cancellation: every second each asks the database whether it was
 * cancelled (on any instance), and once it was, what it is doing stops at once: its download is aborted (also a read
 * that waits on a trickling server), the reading of its stored feed stops at its next read, and the writer stops
 * waiting for the next chunk. Checking only between chunks would never notice a cancel during a slow download.
 */
@Component
class ImportWatches {

    private static final Logger log = LoggerFactory.getLogger(ImportWatches.class);
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final ImportJobStore jobs;
    private final VendorScope vendorScope;
    private final ImportChecks checks;

    ImportWatches(ImportJobStore jobs, VendorScope vendorScope, ImportChecks checks) {
        this.jobs = jobs;
        this.vendorScope = vendorScope;
        this.checks = checks;
    }

    /** Starts watching the import; close the watch when the import's run ends. */
    Watch watch(UUID jobId, UUID vendorId) {
        Watch watch = new Watch(jobId, vendorId);
        watch.polling = checks.every(INTERVAL, watch::poll);
        return watch;
    }

    /** One running import's watch. */
    final class Watch implements FeedFetcher.Cancellation, AutoCloseable {

        private final UUID jobId;
        private final UUID vendorId;
        private final List<Runnable> aborts = new ArrayList<>(); // guarded by this
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> polling;

        private Watch(UUID jobId, UUID vendorId) {
            this.jobId = jobId;
            this.vendorId = vendorId;
        }

        /** Whether the import was cancelled; cheap, for every read and wait. */
        boolean cancelled() {
            return cancelled;
        }

        @Override
        public void onCancel(Runnable abort) {
            synchronized (this) {
                if (!cancelled) {
                    aborts.add(abort);
                    return;
                }
            }
            abort.run();
        }

        /** The stream, failing its next read once the import is cancelled. */
        InputStream guard(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    check();
                    return super.read();
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    check();
                    return super.read(buffer, off, len);
                }

                private void check() throws IOException {
                    if (cancelled) {
                        throw new IOException("The import was cancelled");
                    }
                }
            };
        }

        private void poll() {
            try {
                if (Boolean.TRUE.equals(vendorScope.callAs(vendorId, () -> jobs.cancelRequested(jobId)))) {
                    cancel();
                }
            } catch (RuntimeException e) {
                // log, and ask again at the next turn
                log.warn("Could not check whether import {} was cancelled", jobId, e);
            }
        }

        private void cancel() {
            List<Runnable> toRun;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                toRun = List.copyOf(aborts);
                aborts.clear();
            }
            log.info("Import {} was cancelled; stopping what it is doing", jobId);
            stopPolling();
            for (Runnable abort : toRun) {
                try {
                    abort.run();
                } catch (RuntimeException e) {
                    log.warn("Stopping cancelled import {} failed", jobId, e);
                }
            }
        }

        private void stopPolling() {
            ScheduledFuture<?> scheduled = polling;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        @Override
        public void close() {
            stopPolling();
        }
    }
}
