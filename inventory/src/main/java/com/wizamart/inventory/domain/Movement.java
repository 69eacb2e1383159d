package com.wizamart.inventory.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/**
 * One change of stock, as recorded in the movement history.
 *
 * @param quantity      signed, see {@link MovementType}.
 * @param onHandAfter   the stock row's on hand after the change.
 * @param reservedAfter the stock row's reserved after the change.
 * @param reason        free text, at most 500 characters; may be {@literal null}.
 * @param reference     the order reference for reservations, releases and sales; otherwise {@literal null}.
 * @param actorId       who made the change; {@literal null} for the system.
 */
public record Movement(UUID id, UUID vendorId, UUID productId, UUID locationId, MovementType type, int quantity,
                       int onHandAfter, int reservedAfter, String reason, String reference, UUID actorId,
                       String actorEmail, Instant occurredAt) {

    public static final int MAX_REASON = 500;

    public Movement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (reason != null && reason.length() > MAX_REASON) {
            throw ValidationException.of("reason", "must be at most " + MAX_REASON + " characters");
        }
    }

    /** The movement that led from {@code before} to {@code after} (the same stock row). */
    public static Movement between(StockItem before, StockItem after, MovementType type, String reason,
                                   String reference, UUID actorId, String actorEmail, Instant at) {
        int quantity = switch (type) {
            case RESERVATION, RELEASE -> after.reserved() - before.reserved();
            default -> after.onHand() - before.onHand();
        };
        return new Movement(UUID.randomUUID(), after.vendorId(), after.productId(), after.locationId(), type, quantity,
                after.onHand(), after.reserved(), blankToNull(reason), reference, actorId, actorEmail, at);
    }

    /** @return {@literal null} for a blank reason, the stripped text otherwise. */
    public static String blankToNull(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
