package com.wizamart.catalog;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A product entered the vendor's catalog: published from a staged marketplace product, or made by hand. Published
 * in the creating transaction.
 *
 * @param stagedProductId the staged marketplace product it was published from; {@literal null} when made by hand.
 * @param marketplace     that product's marketplace; {@literal null} when made by hand.
 */
@DomainEvent
public record ProductPublished(UUID productId, UUID vendorId, String sku, UUID stagedProductId, String marketplace) {
}
