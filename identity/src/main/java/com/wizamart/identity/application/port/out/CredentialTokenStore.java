package com.wizamart.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque tokens, stored as hashes: refresh tokens (single use, rotated within a family) and one-time account
 * activation tokens. Security infrastructure keyed by token hash, not vendor data, so no Row-Level Security.
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

    /**
     * A stored refresh token.
     *
     * @param subjectType {@code admin}, {@code vendor} or {@code customer}.
     */
    record RefreshToken(UUID id, String tokenHash, UUID familyId, String subjectType, UUID subjectId,
                        UUID vendorId, Instant expiresAt, Instant usedAt, Instant revokedAt) {
    }
}
