package com.wizamart.media.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much image work runs at once ({@code wizamart.media.decoding.*}). Decoding an image and making its variants hold
 * its whole pixels in memory (up to the byte budget of {@link com.wizamart.media.domain.ImageLimits}, 160 MB by
 * default) and take a core: a bounded number of them run at once, so that a burst of uploads or fetched images
 * cannot exhaust the heap; the rest wait a bounded time and are then refused with {@code MEDIA_BUSY} (503).
 *
 * @param maxConcurrent images decoded or turned into variants at the same time; 0 (the default) means as many as
 *                      the processors this JVM sees (the work is CPU-bound: more at once would not go faster, and each
 *                      holds its pixels). Half the processors halved the throughput of two job workers on two cores
 *                      (docs/performance.md, "Media variants").
 * @param maxWait       longest a call waits for its turn before {@code MEDIA_BUSY}; positive.
 */
@ConfigurationProperties("wizamart.media.decoding")
public record MediaDecodingProperties(@DefaultValue("0") int maxConcurrent,
                                      @DefaultValue("10s") Duration maxWait) {

    public MediaDecodingProperties {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("wizamart.media.decoding.max-concurrent must not be negative");
        }
        if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("wizamart.media.decoding.max-wait must be positive");
        }
    }

    /** The defaults, as the configuration would give them. */
    public static MediaDecodingProperties defaults() {
        return new MediaDecodingProperties(0, Duration.ofSeconds(10));
    }

    /** The number of concurrent decodes in effect: the configured one, or the processors this JVM sees. */
    public int effectiveConcurrentDecodes() {
        return maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
