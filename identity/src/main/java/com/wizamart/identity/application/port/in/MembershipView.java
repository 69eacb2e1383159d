package com.wizamart.identity.application.port.in;

import java.util.UUID;

import com.wizamart.identity.domain.Membership;

/** One of a user's memberships, with its vendor and role. */
public record MembershipView(UUID membershipId, UUID vendorId, UUID roleId, String role, Membership.Status status) {
}
