package com.wizamart.marketplace.adapter.out.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.core5.concurrent.Cancellable;

import com.wizamart.marketplace.application.port.out.FeedFetcher.FetchException;
import com.wizamart.marketplace.application.port.out.FeedFetcher.TooSlowException;
import com.wizamart.marketplace.config.MarketplaceProperties;

/**
 * One download's limits: it must end before its deadline (counted from the first request), and its body must average
 * at least the minimum rate over every window (once it has run for one). {@link #check()} runs every second while the
 * download runs; when a limit is reached, or the import is cancelled, the exchange is aborted, so a read blocked on
 * the server ends at once, and the reads report why.
 */
final class Transfer {

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    private final long started = System.nanoTime();
    private final long deadline;
    private final long minRate;
    private final long window;
    private final String deadlineText;
    private final String rateText;
    private final AtomicLong received = new AtomicLong();
    /** (time, bytes received by then) every check, the oldest at least a window old; {@link #check()} only. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    private volatile Cancellable request;
    private volatile long bodyStarted = -1;
    private volatile String breach;
    private volatile boolean cancelled;

    Transfer(MarketplaceProperties.Fetch settings) {
        this.deadline = settings.deadline().toNanos();
        this.minRate = settings.minRate().toBytes();
        this.window = settings.minRateWindow().toNanos();
        this.deadlineText = "The feed download took longer than " + text(settings.deadline()) + ".";
        this.rateText = "The feed download was slower than " + rate(minRate) + " over "
                + text(settings.minRateWindow()) + ".";
    }

    /** The exchange now under way (one per redirect hop); aborted at once when a limit was reached or cancelled. */
    void requesting(Cancellable exchange) {
        request = exchange;
        if (cancelled || breach != null) {
            exchange.cancel();
        }
    }

    void bodyStarts() {
        bodyStarted = System.nanoTime();
    }

    void received(int bytes) {
        received.addAndGet(bytes);
    }

    void cancel() {
        cancelled = true;
        abort();
    }

    /** Ends the download when it is past its deadline or below its minimum rate over the last window. */
    synchronized void check() {
        if (breach != null || cancelled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started > deadline) {
            reached(deadlineText);
            return;
        }
        long body = bodyStarted;
        if (body < 0 || minRate <= 0) {
            return;
        }
        if (samples.isEmpty()) {
            samples.add(new long[] {body, 0});
        }
        long bytes = received.get();
        samples.add(new long[] {now, bytes});
        while (samples.size() > 1 && now - secondOldest()[0] >= window) {
            samples.removeFirst();
        }
        long[] oldest = samples.getFirst();
        long span = now - oldest[0];
        if (span >= window && (bytes - oldest[1]) * 1_000_000_000.0 / span < minRate) {
            reached(rateText);
        }
    }

    /** The sample after the oldest (there are two at least). */
    private long[] secondOldest() {
        var fromOldest = samples.iterator();
        fromOldest.next();
        return fromOldest.next();
    }

    /** Throws when a limit was reached: the reason, for the vendor. */
    void failIfBeyondLimits(IOException cause) throws TooSlowException {
        String reason = breach;
        if (reason != null) {
            throw new TooSlowException(reason, cause);
        }
    }

    /** As {@link #failIfBeyondLimits(IOException)}, while the exchange starts. */
    void failIfBeyondLimitsStarting(IOException cause) throws FetchException {
        String reason = breach;
        if (reason != null) {
            throw new FetchException(reason, cause);
        }
    }

    private void reached(String reason) {
        if (breach == null) {
            breach = reason;
        }
        abort();
    }

    private void abort() {
        Cancellable exchange = request;
        if (exchange != null) {
            exchange.cancel();
        }
    }

    static String text(Duration duration) {
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    static String rate(long bytesPerSecond) {
        return bytesPerSecond % 1024 == 0 ? bytesPerSecond / 1024 + " KB/s" : bytesPerSecond + " bytes/s";
    }
}
