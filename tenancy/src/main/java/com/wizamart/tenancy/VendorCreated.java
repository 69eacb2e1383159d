package com.wizamart.tenancy;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A vendor was opened. Published in the creating transaction; identity answers synchronously (default roles and
 * the owner's membership, atomically with the vendor).
 */
@DomainEvent
public record VendorCreated(UUID vendorId, String code, String name, Owner owner, UUID createdBy) {
}
