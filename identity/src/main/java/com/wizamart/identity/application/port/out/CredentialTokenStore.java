package com.wizamart.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque tokens, stored as hashes: refresh tokens (single use, rotated within a family), one-time account
 * activation tokens and password reset tokens of platform accounts. Security infrastructure keyed by token hash, not vendor data, so no Row-Level Security.
 */
public interface CredentialTokenStore {

    void insertRefreshToken(RefreshToken token);

    /** Locks the row for the rest of the transaction. */
    Optional<RefreshToken> lockRefreshToken(String tokenHash);

    void markUsed(UUID tokenId, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    void revokeAllOfSubject(UUID subjectId, Instant at);

    void revokeAllOfVendor(UUID vendorId, Instant at);

    /** Revokes the subject's sessions at one vendor only (a team change there must not log them out elsewhere). */
    void revokeSubjectAtVendor(UUID subjectId, UUID vendorId, Instant at);

    void insertActivation(UUID userId, String tokenHash, Instant expiresAt);

    /** Marks the activation used and answers its user, if the token is valid and unused. */
    Optional<UUID> consumeActivation(String tokenHash, Instant now);

    void insertPasswordReset(UUID userId, String tokenHash, Instant expiresAt);

    /** Marks the reset token used and answers its account, if the token is valid and unused. */
    Optional<UUID> consumePasswordReset(String tokenHash, Instant now);

    /** Marks every open reset token of the account used (a reset, or a password change, made them pointless). */
    void consumePasswordResetsOf(UUID userId, Instant now);

    /**
     * A stored refresh token.
     *
     * @param subjectType {@code admin}, {@code vendor} or {@code customer}.
     */
    record RefreshToken(UUID id, String tokenHash, UUID familyId, String subjectType, UUID subjectId,
                        UUID vendorId, Instant expiresAt, Instant usedAt, Instant revokedAt) {
    }
}
