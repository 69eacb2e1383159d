package com.wizamart.tenancy;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A vendor was activated, deactivated or deleted. An inactive or deleted vendor's shop, team logins and API calls
 * are refused.
 */
@DomainEvent
public record VendorStatusChanged(UUID vendorId, boolean active, boolean deleted) {
}
