package com.wizamart.catalog;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A product was deleted from the vendor's catalog. Published in the deleting transaction.
 *
 * @param stagedProductId the staged marketplace product it was published from, if any (it may be published again).
 */
@DomainEvent
public record ProductRemoved(UUID productId, UUID vendorId, String sku, UUID stagedProductId) {
}
