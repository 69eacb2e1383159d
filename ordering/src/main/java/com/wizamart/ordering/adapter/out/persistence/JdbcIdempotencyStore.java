package com.wizamart.ordering.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.IdempotencyStore;
import com.wizamart.tenancy.VendorContext;

/**
 * Idempotency keys. The "in progress" state is a transaction-scoped advisory lock on a 64-bit hash of (vendor,
 * customer, key), not a row: it disappears with the transaction, committed, rolled back or killed.
 */
@Repository
class JdbcIdempotencyStore implements IdempotencyStore {

    private final JdbcClient jdbc;

    JdbcIdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryLock(UUID customerId, String key) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                .param("lock", "ordering-checkout/" + VendorContext.require() + "/" + customerId + "/" + key)
                .query(Boolean.class).single());
    }

    @Override
    public Optional<StoredKey> find(UUID customerId, String key) {
        return jdbc.sql("""
                select fingerprint, order_id from ordering_idempotency_keys
                where vendor_id = :vendor and customer_id = :customer and idempotency_key = :key""")
                .param("vendor", VendorContext.require()).param("customer", customerId).param("key", key)
                .query((rs, n) -> new StoredKey(rs.getString("fingerprint"), rs.getObject("order_id", UUID.class)))
                .optional();
    }

    @Override
    public void insert(UUID customerId, String key, String fingerprint, UUID orderId, Instant at) {
        jdbc.sql("""
                insert into ordering_idempotency_keys (vendor_id, customer_id, idempotency_key, fingerprint, order_id,
                  created_at) values (:vendor, :customer, :key, :fingerprint, :order, :at)""")
                .param("vendor", VendorContext.require()).param("customer", customerId).param("key", key)
                .param("fingerprint", fingerprint).param("order", orderId).param("at", Timestamp.from(at)).update();
    }

    @Override
    public int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from ordering_idempotency_keys where vendor_id = :vendor and created_at < :before")
                .param("vendor", VendorContext.require()).param("before", Timestamp.from(before)).update();
    }

    @Override
    public List<UUID> vendorsWithKeysOlderThan(Instant before, int limit) {
        return jdbc.sql("select distinct vendor_id from ordering_idempotency_keys where created_at < :before limit :limit")
                .param("before", Timestamp.from(before)).param("limit", limit).query(UUID.class).list();
    }
}
