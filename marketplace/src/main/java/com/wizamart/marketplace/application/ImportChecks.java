package com.wizamart.marketplace.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * Runs the imports' periodic checks (cancellation, download deadlines and rates) on Spring's scheduler, built by
 * Spring Boot's builder: one timer thread, each run of a check on a thread of its own (virtual when virtual threads
 * are on), so a check that waits (a cancellation check on a busy database) never holds back another import's
 * download deadline. The checks are scheduled at a fixed rate, as only those the scheduler runs off its timer thread
 * (it runs fixed-delay tasks on the timer thread itself, one after the other); a run that is not done when the next
 * is due makes that one skip, so one check never runs twice at once.
 * The scheduler is not a bean of its own: it serves these checks alone, and lives and ends with this component.
 */
@Component
public class ImportChecks implements DisposableBean {

    private final SimpleAsyncTaskScheduler scheduler;

    public ImportChecks(SimpleAsyncTaskSchedulerBuilder builder) {
        this.scheduler = builder.threadNamePrefix("import-check-").build();
    }

    /**
     * Runs {@code check} every {@code interval} (the first time after one) until the returned future is cancelled,
     * skipping a turn while the previous run has not returned; a check that throws runs again at its next turn.
     */
    public ScheduledFuture<?> every(Duration interval, Runnable check) {
        AtomicBoolean running = new AtomicBoolean();
        return scheduler.scheduleAtFixedRate(() -> {
            if (running.compareAndSet(false, true)) {
                try {
                    check.run();
                } finally {
                    running.set(false);
                }
            }
        }, Instant.now().plus(interval), interval);
    }

    @Override
    public void destroy() {
        scheduler.close();
    }
}
