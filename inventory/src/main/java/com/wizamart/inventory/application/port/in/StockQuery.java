package com.wizamart.inventory.application.port.in;

import java.util.UUID;

/**
 * Filters of the stock list; {@literal null} means "any".
 *
 * @param lowStock rows whose available quantity is at or below this threshold.
 */
public record StockQuery(UUID productId, UUID locationId, Integer lowStock) {
}
