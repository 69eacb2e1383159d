package com.wizamart.media.adapter.out.imaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.wizamart.media.domain.MediaException;

/**
 * Lets a bounded number of image decodes (and variant making) run at once; a caller waits for its turn at most
 * {@code wait}, then is refused with {@code MEDIA_BUSY}. Each of them holds a whole image's pixels: the bound keeps the
 * heap they take at most that many times the byte budget.
 */
final class DecodeGate {

    private final Semaphore permits;
    private final Duration wait;

    DecodeGate(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("At least one decode must be allowed: " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** Runs {@code work} once a permit is free; {@code MEDIA_BUSY} when none frees within the wait. */
    <T> T through(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MediaException.busy();
        }
        if (!acquired) {
            throw MediaException.busy();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
