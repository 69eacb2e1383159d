package com.wizamart.inventory.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.inventory.domain.Movement;
import com.wizamart.inventory.domain.MovementType;

/** The bound vendor's movement history: append-only. */
public interface MovementStore {

    void insert(List<Movement> movements);

    /** @return a page of movements; unsorted means newest first. */
    Page<MovementView> search(MovementQuery query, Pageable pageable);

    /** @return the product's newest movements, newest first. */
    List<MovementView> recent(UUID productId, int limit);

    /**
     * Filters of the movement history; {@literal null} means "any".
     *
     * @param from inclusive.
     * @param to   exclusive.
     */
    record MovementQuery(UUID productId, UUID locationId, MovementType type, Instant from, Instant to,
                         String reference) {
    }

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
    record MovementView(UUID id, UUID productId, String sku, String name, UUID locationId, String locationCode,
                        MovementType type, int quantity, int onHandAfter, int reservedAfter, String reason,
                        String reference, UUID actorId, String actorEmail, Instant occurredAt) {

        /** @return this movement named by the catalog's product. */
        public MovementView withProduct(ProductDirectory.Label product) {
            return product == null ? this : new MovementView(id, productId, product.sku(), product.name(), locationId,
                    locationCode, type, quantity, onHandAfter, reservedAfter, reason, reference, actorId, actorEmail,
                    occurredAt);
        }
    }
}
