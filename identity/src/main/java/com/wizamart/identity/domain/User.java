package com.wizamart.identity.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A platform account: a platform admin, a vendor team member, or both. Customers are separate ({@link Customer}).
 *
 * @param passwordHash {@literal null} until the account is activated.
 */
public record User(UUID id, EmailAddress email, String passwordHash, String firstName, String lastName,
                   boolean platformAdmin, boolean active, boolean mustChangePassword, Instant createdAt,
                   Instant lastLoginAt, Long version) {

    public static User invited(EmailAddress email, String firstName, String lastName) {
        return new User(UUID.randomUUID(), email, null, clean(firstName), clean(lastName), false, true, false,
                Instant.now(), null, null);
    }

    public boolean canLogIn() {
        return active && passwordHash != null;
    }

    public User withPassword(String hash, boolean mustChange) {
        return new User(id, email, hash, firstName, lastName, platformAdmin, active, mustChange, createdAt,
                lastLoginAt, version);
    }

    public User withActive(boolean active) {
        return new User(id, email, passwordHash, firstName, lastName, platformAdmin, active, mustChangePassword,
                createdAt, lastLoginAt, version);
    }

    public User asPlatformAdmin() {
        return new User(id, email, passwordHash, firstName, lastName, true, active, mustChangePassword, createdAt,
                lastLoginAt, version);
    }

    public User withNames(String firstName, String lastName) {
        return new User(id, email, passwordHash, clean(firstName), clean(lastName), platformAdmin, active,
                mustChangePassword, createdAt, lastLoginAt, version);
    }

    static String clean(String name) {
        return name == null ? "" : name.strip();
    }
}
