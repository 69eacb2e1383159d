package com.wizamart.identity;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A member of a vendor's team invited someone to join it. Carries the link that accepts it (the one-time token is in
 * its fragment), so that the invitation can be mailed; the link expires with the invitation.
 *
 * @param invitedBy the inviting member's name or address; {@literal null} when unknown.
 */
@DomainEvent
public record TeamInvitationIssued(UUID invitationId, UUID vendorId, String email, String roleName, String invitedBy,
                                   String acceptUrl, Instant expiresAt) {
}
