package com.wizamart.inventory.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A stock location, as the API shows it (mapped by {@link InventoryWebMapper}). */
record LocationResponse(UUID id, String code, String name, int priority, boolean defaultLocation,
                        Instant createdAt) {
}
