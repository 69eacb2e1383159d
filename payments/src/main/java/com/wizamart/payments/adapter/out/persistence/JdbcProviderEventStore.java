package com.wizamart.payments.adapter.out.persistence;

import static com.wizamart.payments.adapter.out.persistence.JdbcAttemptStore.ts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.payments.application.port.out.ProviderEventStore;
import com.wizamart.tenancy.VendorContext;

/**
 * Provider events, once each: the primary key is the provider's event id, so a replay inserts nothing (the unique
 * check sees every vendor's rows, whatever Row-Level Security lets this vendor read).
 */
@Repository
class JdbcProviderEventStore implements ProviderEventStore {

    private final JdbcClient jdbc;

    JdbcProviderEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(String id, String type, String objectId, String payload, Instant at) {
        return jdbc.sql("""
                insert into payments_provider_events (id, vendor_id, type, object_id, payload, received_at)
                values (:id, :vendor, :type, :object, :payload, :at) on conflict do nothing""")
                .param("id", id).param("vendor", VendorContext.require()).param("type", type)
                .param("object", objectId).param("payload", payload).param("at", ts(at)).update() == 1;
    }

    @Override
    public Optional<String> unprocessed(String id) {
        return jdbc.sql("""
                select payload from payments_provider_events
                where vendor_id = :vendor and id = :id and processed_at is null for update""")
                .param("vendor", VendorContext.require()).param("id", id).query(String.class).optional();
    }

    @Override
    public void markProcessed(String id, Instant at) {
        jdbc.sql("update payments_provider_events set processed_at = :at where vendor_id = :vendor and id = :id")
                .param("vendor", VendorContext.require()).param("id", id).param("at", ts(at)).update();
    }
}
