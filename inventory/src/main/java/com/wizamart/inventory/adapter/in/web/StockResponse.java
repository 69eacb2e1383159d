package com.wizamart.inventory.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/**
 * A product's stock at one location, as the API shows it (mapped by {@link InventoryWebMapper}).
 *
 * @param quantity  on hand.
 * @param available {@code quantity - reserved}.
 */
record StockResponse(UUID id, UUID productId, UUID locationId, String locationCode, String locationName,
                     boolean defaultLocation, int quantity, int reserved, int available, Instant updatedAt) {
}
