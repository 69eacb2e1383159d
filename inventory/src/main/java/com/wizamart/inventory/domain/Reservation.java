package com.wizamart.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/**
 * Stock held for one order, identified per vendor by the order reference, and what it holds per product and
 * location.
 */
public record Reservation(UUID vendorId, String orderReference, Status status, List<Line> lines, Instant createdAt) {

    public static final int MAX_REFERENCE = 100;

    /**
     * A reservation's life: held, then either given back (released) or sold (committed); sold units may come back
     * into stock later (returned, after a refund). Released and returned are final.
     */
    public enum Status {
        RESERVED, RELEASED, COMMITTED, RETURNED
    }

    /** Units of a product held at a location. */
    public record Line(UUID productId, UUID locationId, int quantity) {
    }

    public Reservation {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        orderReference = reference(orderReference);
    }

    /**
     * @return the order reference, stripped.
     * @throws ValidationException when blank or longer than {@link #MAX_REFERENCE}.
     */
    public static String reference(String orderReference) {
        if (orderReference == null || orderReference.isBlank()) {
            throw ValidationException.of("orderReference", "must not be blank");
        }
        String reference = orderReference.strip();
        if (reference.length() > MAX_REFERENCE) {
            throw ValidationException.of("orderReference", "must be at most " + MAX_REFERENCE + " characters");
        }
        return reference;
    }

    public boolean isOpen() {
        return status == Status.RESERVED;
    }
}
