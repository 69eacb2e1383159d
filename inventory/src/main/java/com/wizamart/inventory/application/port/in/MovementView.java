package com.wizamart.inventory.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.wizamart.inventory.domain.MovementType;

/**
 * A movement with its location's code, as the history shows it.
 *
 * @param sku        the product's SKU in the catalog; {@literal null} as the store reads it (the application adds
 *                   it, {@link #withProduct}) and once the product left the catalog.
 * @param name       the product's name in its default language; {@literal null} as {@code sku}.
 * @param reference  for order movements (reservation, release, sale, return) the order number, e.g.
 *                   {@code ACME-000001}; otherwise {@literal null}.
 * @param actorId    who caused the change; {@literal null} when the platform did ({@code actorEmail}
 *                   {@code system}).
 */
public record MovementView(UUID id, UUID productId, String sku, String name, UUID locationId, String locationCode,
                           MovementType type, int quantity, int onHandAfter, int reservedAfter, String reason,
                           String reference, UUID actorId, String actorEmail, Instant occurredAt) {

    /** @return this movement named by the catalog's product (its SKU and name). */
    public MovementView withProduct(String productSku, String productName) {
        return new MovementView(id, productId, productSku, productName, locationId, locationCode, type, quantity,
                onHandAfter, reservedAfter, reason, reference, actorId, actorEmail, occurredAt);
    }
}
