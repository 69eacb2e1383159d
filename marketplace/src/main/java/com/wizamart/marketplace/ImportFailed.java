package com.wizamart.marketplace;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/** An import job could not read its feed at all (unreachable, not a feed, missing columns, undecodable). */
@DomainEvent
public record ImportFailed(UUID jobId, UUID vendorId, String marketplace, String language, String reason) {
}
