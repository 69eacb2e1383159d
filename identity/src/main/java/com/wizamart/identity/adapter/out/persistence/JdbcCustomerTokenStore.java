package com.wizamart.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.identity.application.port.out.CustomerTokenStore;
import com.wizamart.tenancy.VendorContext;

/** Customers' mailed tokens; every statement names the bound vendor, and Row-Level Security enforces it again. */
@Repository
class JdbcCustomerTokenStore implements CustomerTokenStore {

    private final JdbcClient jdbc;

    JdbcCustomerTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(UUID customerId, Purpose purpose, String tokenHash, Instant expiresAt) {
        jdbc.sql("""
                insert into identity_customer_tokens (token_hash, vendor_id, customer_id, purpose, expires_at)
                values (:hash, :vendor, :customer, :purpose, :exp)""")
                .param("hash", tokenHash).param("vendor", VendorContext.require()).param("customer", customerId)
                .param("purpose", purpose.name()).param("exp", Timestamp.from(expiresAt)).update();
    }

    @Override
    public Optional<UUID> consume(String tokenHash, Purpose purpose, Instant now) {
        return jdbc.sql("""
                update identity_customer_tokens set used_at = :now
                where vendor_id = :vendor and token_hash = :hash and purpose = :purpose and used_at is null
                  and expires_at > :now
                returning customer_id""")
                .param("now", Timestamp.from(now)).param("vendor", VendorContext.require()).param("hash", tokenHash)
                .param("purpose", purpose.name()).query(UUID.class).optional();
    }

    @Override
    public void consumeAllOf(UUID customerId, Purpose purpose, Instant now) {
        jdbc.sql("""
                update identity_customer_tokens set used_at = :now
                where vendor_id = :vendor and customer_id = :customer and purpose = :purpose and used_at is null""")
                .param("now", Timestamp.from(now)).param("vendor", VendorContext.require())
                .param("customer", customerId).param("purpose", purpose.name()).update();
    }
}
