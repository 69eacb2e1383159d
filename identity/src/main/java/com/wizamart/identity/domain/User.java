package com.wizamart.identity.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A platform account: a platform admin, a vendor team member, or both. Customers are separate ({@link Customer}).
 *
 * @param passwordHash       {@literal null} until the account is activated.
 * @param credentialsVersion moves on (in the store) whenever the password changes or the account is deactivated;
 *                           access tokens carry the value they were issued with, so older ones can be told apart.
 */
public record User(UUID id, EmailAddress email, String passwordHash, String firstName, String lastName,
                   boolean platformAdmin, boolean active, boolean mustChangePassword, Instant createdAt,
                   Instant lastLoginAt, Long version, long credentialsVersion) {

    public static User invited(EmailAddress email, String firstName, String lastName) {
        return new User(UUID.randomUUID(), email, null, clean(firstName), clean(lastName), false, true, false,
                Instant.now(), null, null, 0);
    }

    public boolean canLogIn() {
        return active && passwordHash != null;
    }

    /** @return whether this account has no password yet: it can be completed only through its activation token. */
    public boolean pending() {
        return passwordHash == null;
    }

    public User withPassword(String hash, boolean mustChange) {
        return new User(id, email, hash, firstName, lastName, platformAdmin, active, mustChange, createdAt,
                lastLoginAt, version, credentialsVersion);
    }

    public User withActive(boolean active) {
        return new User(id, email, passwordHash, firstName, lastName, platformAdmin, active, mustChangePassword,
                createdAt, lastLoginAt, version, credentialsVersion);
    }

    public User asPlatformAdmin() {
        return new User(id, email, passwordHash, firstName, lastName, true, active, mustChangePassword, createdAt,
                lastLoginAt, version, credentialsVersion);
    }

    public User withNames(String firstName, String lastName) {
        return new User(id, email, passwordHash, clean(firstName), clean(lastName), platformAdmin, active,
                mustChangePassword, createdAt, lastLoginAt, version, credentialsVersion);
    }

    static String clean(String name) {
        return name == null ? "" : name.strip();
    }
}
