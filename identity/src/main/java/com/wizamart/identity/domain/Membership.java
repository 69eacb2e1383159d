package com.wizamart.identity.domain;

import java.time.Instant;
import java.util.UUID;

/** A user's place in one vendor's team, with one role. */
public record Membership(UUID id, UUID vendorId, UUID userId, UUID roleId, Status status, Instant createdAt) {

    /** Suspended members keep their history but cannot log in. */
    public enum Status { ACTIVE, SUSPENDED }

    public static Membership join(UUID vendorId, UUID userId, UUID roleId) {
        return new Membership(UUID.randomUUID(), vendorId, userId, roleId, Status.ACTIVE, Instant.now());
    }
}
