package com.wizamart.identity;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Someone asked to reset the password of an account that exists (nothing is published for an address that does not;
 * the caller is answered the same either way). The link carries a single-use token and expires.
 *
 * @param audience  whose account: a member of vendor teams (platform-wide) or a customer of one shop.
 * @param vendorId  the customer's shop; {@literal null} for a team member.
 * @param language  ISO 639-1 code of the account's language; {@literal null} when it has none.
 */
@DomainEvent
public record PasswordResetRequested(UUID accountId, Audience audience, UUID vendorId, String email, String firstName,
                                     String language, String resetUrl, Instant expiresAt) {

    /** Whose password. */
    public enum Audience {
        TEAM_MEMBER, CUSTOMER
    }
}
