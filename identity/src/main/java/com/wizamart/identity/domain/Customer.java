package com.wizamart.identity.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A shopper of one vendor; the same email may register separately at several vendors.
 *
 * @param preferredLanguage  ISO 639-1 code the shop's texts fall back to when a request names no language;
 *                           {@literal null} for none.
 * @param marketingConsentAt when {@code marketingConsent} last changed; {@literal null} when it never did.
 * @param credentialsVersion moves on whenever the password changes; access tokens carry it (ADR 0013).
 * @param emailVerifiedAt    when the customer proved the address (following a mailed link); {@literal null} until
 *                           then, and such a customer cannot sign in (ADR 0036).
 */
public record Customer(UUID id, UUID vendorId, EmailAddress email, String passwordHash, String firstName,
                       String lastName, String phone, String preferredLanguage, boolean marketingConsent,
                       Instant marketingConsentAt, boolean active, Instant createdAt, Long version,
                       long credentialsVersion, Instant emailVerifiedAt) {

    /** A customer registering now (no consent to marketing until they give it). */
    public static Customer register(UUID id, UUID vendorId, EmailAddress email, String passwordHash, String firstName,
                                    String lastName, String phone, Instant at) {
        return new Customer(id, vendorId, email, passwordHash, firstName, lastName, phone, null, false, null, true, at,
                null, 0L, null);
    }

    /** @return whether the customer proved their address, which signing in needs. */
    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public Customer withPassword(String hash) {
        return new Customer(id, vendorId, email, hash, firstName, lastName, phone, preferredLanguage,
                marketingConsent, marketingConsentAt, active, createdAt, version, credentialsVersion, emailVerifiedAt);
    }

    /** The profile fields replaced; the consent time moves only when the consent itself changes. */
    Customer withProfile(String first, String last, String phoneNumber, String language, boolean consent,
                         Instant at) {
        Instant consentAt = consent == marketingConsent ? marketingConsentAt : at;
        return new Customer(id, vendorId, email, passwordHash, first, last, phoneNumber, language, consent, consentAt,
                active, createdAt, version, credentialsVersion, emailVerifiedAt);
    }
}
