package com.wizamart.inventory.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/**
 * A product's stock at one location, as the API shows it (mapped by {@link InventoryWebMapper}).
 *
 * @param sku       the product's SKU in the catalog.
 * @param name      the product's name in its default language.
 * @param quantity  on hand.
 * @param available {@code quantity - reserved}.
 */
record StockResponse(UUID id, UUID productId, String sku, String name, UUID locationId, String locationCode,
                     String locationName, boolean defaultLocation, int quantity, int reserved, int available,
                     Instant updatedAt) {
}
