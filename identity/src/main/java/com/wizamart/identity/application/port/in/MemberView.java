package com.wizamart.identity.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.wizamart.identity.domain.Membership;

/**
 * A team member as the team list shows it.
 *
 * @param id         the membership's id.
 * @param userActive whether the member's account is active (a deactivated account keeps its membership).
 */
public record MemberView(UUID id, UUID userId, String email, String firstName, String lastName, String role,
                         Membership.Status status, boolean userActive, Instant joinedAt) {
}
