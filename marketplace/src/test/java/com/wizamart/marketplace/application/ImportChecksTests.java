package com.wizamart.marketplace.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;

/**
 * The imports' periodic checks do not wait for each other: a cancellation check stuck on the database does not hold
 * back another import's download deadline, and a check still running is not started a second time.
 */
class ImportChecksTests {

    private final ImportChecks checks = new ImportChecks(new SimpleAsyncTaskSchedulerBuilder());
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        checks.destroy();
    }

    @Test
    void aCheckThatBlocksDoesNotHoldBackTheOthers() throws Exception {
        CountDownLatch blocking = new CountDownLatch(1);
        ScheduledFuture<?> stuck = checks.every(Duration.ofMillis(50), () -> {
            blocking.countDown();
            await(release);
        });
        assertThat(blocking.await(10, TimeUnit.SECONDS)).as("the first check runs").isTrue();
        CountDownLatch ran = new CountDownLatch(3);
        ScheduledFuture<?> other = checks.every(Duration.ofMillis(50), ran::countDown);

        assertThat(ran.await(10, TimeUnit.SECONDS)).as("the other check runs while the first is stuck").isTrue();
        stuck.cancel(false);
        other.cancel(false);
    }

    @Test
    void aCheckStillRunningIsNotStartedAgain() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> slow = checks.every(Duration.ofMillis(20), () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            sleep(100);
            running.decrementAndGet();
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.get() < 3 && System.nanoTime() < deadline) {
            sleep(20);
        }
        slow.cancel(false);

        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
        assertThat(most.get()).as("runs of one check at once").isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
