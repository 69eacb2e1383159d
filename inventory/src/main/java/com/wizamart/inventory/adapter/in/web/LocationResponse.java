package com.wizamart.inventory.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/**
 * A stock location, as the API shows it (mapped by {@link InventoryWebMapper}).
 *
 * @param feedLocation whether marketplace feeds set the on-hand stock here (see {@code /inventory/settings}).
 */
record LocationResponse(UUID id, String code, String name, int priority, boolean defaultLocation,
                        boolean feedLocation, Instant createdAt) {
}
