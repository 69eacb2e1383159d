package com.wizamart.identity;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A platform admin opened a vendor whose owner has no password yet: the owner sets one through the link, which
 * carries a one-time token and expires.
 */
@DomainEvent
public record OwnerActivationIssued(UUID userId, UUID vendorId, String email, String firstName, String activationUrl,
                                    Instant expiresAt) {
}
