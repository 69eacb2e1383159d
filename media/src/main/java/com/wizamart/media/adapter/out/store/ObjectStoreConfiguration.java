package com.wizamart.media.adapter.out.store;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.wizamart.media.config.MediaStorageProperties;

/**
 * Chooses media's {@link com.wizamart.media.application.port.out.ObjectStore} by {@code wizamart.media.store}:
 * {@code filesystem} (also when unset) or {@code s3}. Any other value fails the start, when the properties are bound.
 * It lives beside the adapters it makes, since nothing outside an adapter may depend on it.
 */
@Configuration(proxyBeanMethods = false)
class ObjectStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "wizamart.media.store", havingValue = "filesystem", matchIfMissing = true)
    FilesystemObjectStore filesystemObjectStore(MediaStorageProperties properties) {
        return new FilesystemObjectStore(properties.filesystem().root());
    }

    /** Closed with the application context, and its client with it. */
    @Bean
    @ConditionalOnProperty(name = "wizamart.media.store", havingValue = "s3")
    S3ObjectStore s3ObjectStore(MediaStorageProperties properties) {
        return S3ObjectStore.create(properties.s3());
    }
}
