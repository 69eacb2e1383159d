package com.wizamart.inventory;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The quantity of a product available to sell changed (receipt, adjustment, initial stock, reservation, release).
 * Published once per product and operation, in the writing transaction; a sale (committing a reservation) leaves
 * availability unchanged and publishes nothing. The figures are the product's totals across all its locations as the
 * writing transaction saw them: a listener that must be exact under concurrent changes re-reads
 * {@link StockLevels#levels(UUID, java.util.Collection)}.
 *
 * @param available {@code onHand - reserved}, never negative.
 */
@DomainEvent
public record StockLevelChanged(UUID vendorId, UUID productId, int available, int onHand, int reserved) {
}
