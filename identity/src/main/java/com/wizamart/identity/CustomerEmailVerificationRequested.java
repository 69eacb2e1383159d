package com.wizamart.identity;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A customer registered with a shop (or asked for a new link): the address is proven by following the link, which
 * carries a single-use token and expires.
 *
 * @param language ISO 639-1 code of the customer's language; {@literal null} when none.
 */
@DomainEvent
public record CustomerEmailVerificationRequested(UUID customerId, UUID vendorId, String email, String firstName,
                                                 String language, String verifyUrl, Instant expiresAt) {
}
