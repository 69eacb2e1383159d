package com.wizamart.tenancy.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.wizamart.tenancy.domain.Vendor;

/**
 * Vendors as request routing finds them (by id, code, subdomain or custom domain), remembered for a short time: every
 * shop and vendor API request resolves its vendor, and asking the database each time cost a transaction per request.
 * A change made by this instance forgets everything at once (and again after its commit); a change made by another
 * instance is seen here within the time to live (ADR 0010). Absent vendors are remembered too, for as long.
 * Remembered {@link Vendor}s are only read (mapped to summaries); changes always load the aggregate afresh.
 */
final class VendorLookups {

    /** Beyond this many keys everything is forgotten (a crude bound; the working set is one key per live vendor). */
    private static final int MAX_ENTRIES = 20_000;

    private final long ttlNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    VendorLookups(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Optional<Vendor> get(String key, Supplier<Optional<Vendor>> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return entry.vendor();
        }
        Optional<Vendor> vendor = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(vendor, now));
        return vendor;
    }

    /** Forgets everything now and, inside a transaction, once more after it commits (so no read in between sticks). */
    void forgetAll() {
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }

    private record Entry(Optional<Vendor> vendor, long loadedAt) {
    }
}
