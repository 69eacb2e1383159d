package com.wizamart.identity.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to join a vendor's team; only the token's hash is stored.
 *
 * @param roleName   the role the invitee gets on accepting.
 * @param tokenHash  SHA-256 of the one-time token, never the token itself.
 * @param invitedBy  the member who invited.
 * @param acceptedAt {@literal null} while the invitation is open.
 */
public record Invitation(UUID id, UUID vendorId, String email, UUID roleId, String roleName, String tokenHash,
                         UUID invitedBy, Instant expiresAt, Instant acceptedAt, Instant createdAt) {
}
