package com.wizamart.inventory.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.wizamart.inventory.domain.MovementType;

/**
 * Filters of the movement history; {@literal null} means "any".
 *
 * @param from inclusive.
 * @param to   exclusive.
 */
public record MovementQuery(UUID productId, UUID locationId, MovementType type, Instant from, Instant to,
                            String reference) {
}
