package com.wizamart.identity.domain;

import java.time.Instant;
import java.util.UUID;

/** A shopper of one vendor; the same email may register separately at several vendors. */
public record Customer(UUID id, UUID vendorId, EmailAddress email, String passwordHash, String firstName,
                       String lastName, String phone, boolean active, Instant createdAt, Long version) {
}
