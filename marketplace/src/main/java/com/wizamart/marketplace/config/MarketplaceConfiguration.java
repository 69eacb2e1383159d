package com.wizamart.marketplace.config;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The marketplace's own infrastructure beans.
 * <p>
 * A bean of type {@code Executor} makes Spring Boot back off from its application task executor (which asynchronous
 * event listeners use) unless {@code spring.task.execution.mode} is {@code force}: the application sets it.
 */
@Configuration(proxyBeanMethods = false)
class MarketplaceConfiguration {

    /**
     * The threads that read the feeds of the imports this instance runs, sized by
     * {@code wizamart.marketplace.readers.*}, built with Spring Boot's builder (so Spring Boot's task execution
     * settings and customizers apply, and its metrics are bound: {@code executor_*{name="importReaders"}}). On
     * shutdown it lets the readings it runs end with their imports (whose workers the job engine stops) rather than
     * interrupting them, and keeps accepting readings until it is destroyed.
     */
    @Bean
    ThreadPoolTaskExecutor importReaders(ThreadPoolTaskExecutorBuilder builder, MarketplaceProperties properties) {
        MarketplaceProperties.Readers readers = properties.readers();
        return builder.corePoolSize(readers.coreSize()).maxPoolSize(readers.maxSize())
                .queueCapacity(readers.queueCapacity()).threadNamePrefix("import-reader-").awaitTermination(true)
                .acceptTasksAfterContextClose(true)
                .build();
    }
}
