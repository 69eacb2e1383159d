package com.wizamart.tenancy.application;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.wizamart.tenancy.config.TenancyProperties;
import com.wizamart.tenancy.domain.Vendor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Vendors as request routing finds them (by id, code, subdomain or custom domain), remembered for a short time: every
 * shop and vendor API request resolves its vendor, and asking the database each time cost a transaction per request.
 * A change made by this instance forgets everything at once (and again after its commit); a change made by another
 * instance is seen here within the time to live (ADR 0010), counted from when this instance read the vendor.
 * Absent vendors are remembered too, for as long, in the same bounded cache: a client probing random hosts makes
 * Caffeine evict the entries least likely to be used again, not the memory grow. Remembered {@link Vendor}s are only
 * read (mapped to summaries); changes always load the aggregate afresh. As a {@link MeterBinder} it reports the
 * cache as {@value #CACHE_NAME}.
 */
@Component
final class VendorLookups implements MeterBinder {

    /** The {@code cache} tag of the Micrometer cache metrics ({@code cache_gets_total{cache="vendor-routing"}}). */
    static final String CACHE_NAME = "vendor-routing";

    private final boolean enabled;
    private final Cache<String, Optional<Vendor>> entries;

    @Autowired
    VendorLookups(TenancyProperties properties) {
        this(properties.vendorLookupTtl(), properties.vendorLookupMaxEntries(), Ticker.systemTicker());
    }

    /**
     * @param ttl        how long a lookup is remembered; zero asks the database every time.
     * @param maxEntries how many lookups (found or not) are remembered at most.
     * @param ticker     the cache's time source ({@link Ticker#systemTicker()} outside tests).
     */
    VendorLookups(Duration ttl, long maxEntries, Ticker ticker) {
        this.enabled = ttl.isPositive() && maxEntries > 0;
        this.entries = Caffeine.newBuilder()
                .maximumSize(Math.max(maxEntries, 0))
                .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
                .ticker(ticker)
                // maintenance runs on the requests' threads: no thread outside Spring's executors
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /**
     * @return the remembered answer for {@code key}, else {@code load}'s, remembered. Concurrent requests for one
     * key that is not remembered wait for a single load.
     */
    Optional<Vendor> get(String key, Supplier<Optional<Vendor>> load) {
        if (!enabled) {
            return load.get();
        }
        return entries.get(key, k -> load.get());
    }

    /** Forgets everything now and, inside a transaction, once more after it commits (so no read in between sticks). */
    void forgetAll() {
        entries.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.invalidateAll();
                }
            });
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, entries, CACHE_NAME);
    }

    /** @return how many lookups are remembered now (expired and evicted ones dropped first). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
