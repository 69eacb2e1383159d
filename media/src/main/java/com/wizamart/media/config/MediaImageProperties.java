package com.wizamart.media.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much image work runs at once ({@code wizamart.media.images.*}). Decoding an image and making its variants hold
 * its whole pixels in memory (up to the byte budget of {@link com.wizamart.media.domain.ImageLimits}, 160 MB by
 * default) and take a core: a bounded number of them run at once, so that a burst of uploads or fetched images
 * cannot exhaust the heap; the rest wait a bounded time and are then refused with {@code MEDIA_BUSY} (503).
 *
 * @param maxConcurrentDecodes images decoded or turned into variants at the same time; 0 (the default) means half the
 *                             processors this JVM sees, at least 1.
 * @param decodeWait           longest a call waits for its turn before {@code MEDIA_BUSY}; positive.
 */
@ConfigurationProperties("wizamart.media.images")
public record MediaImageProperties(@DefaultValue("0") int maxConcurrentDecodes,
                                   @DefaultValue("10s") Duration decodeWait) {

    public MediaImageProperties {
        if (maxConcurrentDecodes < 0) {
            throw new IllegalArgumentException("wizamart.media.images.max-concurrent-decodes must not be negative");
        }
        if (decodeWait == null || decodeWait.isNegative() || decodeWait.isZero()) {
            throw new IllegalArgumentException("wizamart.media.images.decode-wait must be positive");
        }
    }

    /** The defaults, as the configuration would give them. */
    public static MediaImageProperties defaults() {
        return new MediaImageProperties(0, Duration.ofSeconds(10));
    }

    /** The number of concurrent decodes in effect: the configured one, or half the processors (at least 1). */
    public int effectiveConcurrentDecodes() {
        return maxConcurrentDecodes > 0 ? maxConcurrentDecodes
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
