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
     * into stock later (returned, after a refund). Released and returned are final. Part of an open reservation may be
     * released (lines refunded before shipping) and part of a committed one returned (a partial refund with restock,
     * a received return); the reservation ends {@code RELEASED} or {@code RETURNED} when nothing is left.
     */
    public enum Status {
        RESERVED, RELEASED, COMMITTED, RETURNED
    }

    /**
     * Units of a product taken from a location.
     *
     * @param quantity units the reservation took there.
     * @param released of those, units given back before they were sold.
     * @param returned of those sold, units that came back into stock.
     */
    public record Line(UUID productId, UUID locationId, int quantity, int released, int returned) {

        public Line {
            if (quantity <= 0 || released < 0 || returned < 0 || released + returned > quantity) {
                throw new IllegalArgumentException("inconsistent reservation line: " + quantity + " taken, "
                        + released + " released, " + returned + " returned");
            }
        }

        /** A line as the reservation takes it. */
        public Line(UUID productId, UUID locationId, int quantity) {
            this(productId, locationId, quantity, 0, 0);
        }

        /** @return units still held (open reservation) or sold (committed one). */
        public int held() {
            return quantity - released;
        }

        /** @return sold units that have not come back. */
        public int returnable() {
            return quantity - released - returned;
        }

        public Line releasing(int units) {
            return new Line(productId, locationId, quantity, released + units, returned);
        }

        public Line returning(int units) {
            return new Line(productId, locationId, quantity, released, returned + units);
        }
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
