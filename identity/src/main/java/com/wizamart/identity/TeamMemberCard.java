package com.wizamart.identity;

import java.util.UUID;

/**
 * A team member as other modules show them (an order's assignee).
 *
 * @param membershipId the membership in the vendor's team.
 * @param name         "first last" as the person registered.
 * @param active       whether the membership and the account are active.
 */
public record TeamMemberCard(UUID membershipId, UUID userId, String name, String email, boolean active) {
}
