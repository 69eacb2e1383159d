package com.wizamart.identity;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Someone registered with a shop under an address that already has an account there. The caller is answered as for a
 * new registration; the owner of the address is told instead, with the way to sign in or reset the password.
 *
 * @param language ISO 639-1 code of the customer's language; {@literal null} when none.
 */
@DomainEvent
public record CustomerRegistrationRepeated(UUID customerId, UUID vendorId, String email, String firstName,
                                           String language) {
}
