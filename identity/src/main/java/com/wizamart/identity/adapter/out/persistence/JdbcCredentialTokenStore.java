package com.wizamart.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.identity.application.port.out.CredentialTokenStore;

@Repository
class JdbcCredentialTokenStore implements CredentialTokenStore {

    private final JdbcClient jdbc;

    JdbcCredentialTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertRefreshToken(RefreshToken t) {
        jdbc.sql("""
                insert into identity_refresh_tokens (id, token_hash, family_id, subject_type, subject_id, vendor_id,
                  expires_at)
                values (:id, :hash, :family, :type, :subject, :vendor, :expires)""")
                .param("id", t.id()).param("hash", t.tokenHash()).param("family", t.familyId())
                .param("type", t.subjectType()).param("subject", t.subjectId()).param("vendor", t.vendorId())
                .param("expires", Timestamp.from(t.expiresAt())).update();
    }

    @Override
    public Optional<RefreshToken> lockRefreshToken(String tokenHash) {
        return jdbc.sql("""
                select id, token_hash, family_id, subject_type, subject_id, vendor_id, expires_at, used_at, revoked_at
                from identity_refresh_tokens where token_hash = :hash for update""")
                .param("hash", tokenHash)
                .query((rs, n) -> new RefreshToken(rs.getObject("id", UUID.class), rs.getString("token_hash"),
                        rs.getObject("family_id", UUID.class), rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class), rs.getObject("vendor_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .optional();
    }

    @Override
    public void markUsed(UUID tokenId, Instant at) {
        jdbc.sql("update identity_refresh_tokens set used_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", tokenId).update();
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        jdbc.sql("update identity_refresh_tokens set revoked_at = :at where family_id = :family and revoked_at is null")
                .param("at", Timestamp.from(at)).param("family", familyId).update();
    }

    @Override
    public void revokeAllOfSubject(UUID subjectId, Instant at) {
        jdbc.sql("update identity_refresh_tokens set revoked_at = :at where subject_id = :subject and revoked_at is null")
                .param("at", Timestamp.from(at)).param("subject", subjectId).update();
    }

    @Override
    public void revokeAllOfVendor(UUID vendorId, Instant at) {
        jdbc.sql("update identity_refresh_tokens set revoked_at = :at where vendor_id = :vendor and revoked_at is null")
                .param("at", Timestamp.from(at)).param("vendor", vendorId).update();
    }

    @Override
    public void revokeSubjectAtVendor(UUID subjectId, UUID vendorId, Instant at) {
        jdbc.sql("""
                update identity_refresh_tokens set revoked_at = :at
                where subject_id = :subject and vendor_id = :vendor and revoked_at is null""")
                .param("at", Timestamp.from(at)).param("subject", subjectId).param("vendor", vendorId).update();
    }

    @Override
    public void insertActivation(UUID userId, String tokenHash, Instant expiresAt) {
        jdbc.sql("insert into identity_activation_tokens (token_hash, user_id, expires_at) values (:hash, :user, :exp)")
                .param("hash", tokenHash).param("user", userId).param("exp", Timestamp.from(expiresAt)).update();
    }

    @Override
    public Optional<UUID> consumeActivation(String tokenHash, Instant now) {
        return jdbc.sql("""
                update identity_activation_tokens set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now
                returning user_id""")
                .param("now", Timestamp.from(now)).param("hash", tokenHash).query(UUID.class).optional();
    }

    @Override
    public void insertPasswordReset(UUID userId, String tokenHash, Instant expiresAt) {
        jdbc.sql("insert into identity_password_reset_tokens (token_hash, user_id, expires_at) values (:hash, :user, :exp)")
                .param("hash", tokenHash).param("user", userId).param("exp", Timestamp.from(expiresAt)).update();
    }

    @Override
    public Optional<UUID> consumePasswordReset(String tokenHash, Instant now) {
        return jdbc.sql("""
                update identity_password_reset_tokens set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now
                returning user_id""")
                .param("now", Timestamp.from(now)).param("hash", tokenHash).query(UUID.class).optional();
    }

    @Override
    public void consumePasswordResetsOf(UUID userId, Instant now) {
        jdbc.sql("update identity_password_reset_tokens set used_at = :now where user_id = :user and used_at is null")
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
