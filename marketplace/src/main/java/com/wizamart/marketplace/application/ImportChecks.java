package com.wizamart.marketplace.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * Runs the imports' periodic checks (cancellation, download deadlines and rates) on Spring's scheduler, built by
 * Spring Boot's builder: one timer thread, each check on a thread of its own (virtual when virtual threads are on).
 * The scheduler is not a bean of its own: an executor bean would make Spring Boot back off from its application task
 * executor, which the import readers and asynchronous event listeners use.
 */
@Component
public class ImportChecks implements DisposableBean {

    private final SimpleAsyncTaskScheduler scheduler;

    public ImportChecks(SimpleAsyncTaskSchedulerBuilder builder) {
        this.scheduler = builder.threadNamePrefix("import-check-").build();
    }

    /**
     * Runs {@code check} every {@code interval} (the first time after one) until the returned future is cancelled; a
     * check that throws is not run again.
     */
    public ScheduledFuture<?> every(Duration interval, Runnable check) {
        return scheduler.scheduleWithFixedDelay(check, Instant.now().plus(interval), interval);
    }

    @Override
    public void destroy() {
        scheduler.close();
    }
}
