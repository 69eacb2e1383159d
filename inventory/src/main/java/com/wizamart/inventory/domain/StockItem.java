package com.wizamart.inventory.domain;

import java.util.Objects;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/**
 * Stock of one product at one location. Immutable: every change answers the new state, and refuses a state the
 * database would refuse too (on hand or reserved below zero, reserved above on hand).
 */
public record StockItem(UUID id, UUID vendorId, UUID productId, UUID locationId, int onHand, int reserved) {

    public StockItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(locationId, "locationId");
        if (onHand < 0 || reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException("inconsistent stock: on hand " + onHand + ", reserved " + reserved);
        }
    }

    /** An empty stock row. */
    public static StockItem empty(UUID vendorId, UUID productId, UUID locationId) {
        return new StockItem(UUID.randomUUID(), vendorId, productId, locationId, 0, 0);
    }

    public int available() {
        return onHand - reserved;
    }

    /** @param quantity must be positive. */
    public StockItem receive(int quantity) {
        if (quantity <= 0) {
            throw ValidationException.of("quantity", "must be positive");
        }
        return withOnHand(Math.addExact((long) onHand, quantity), "quantity");
    }

    /** @param delta signed, not zero; on hand may not drop below reserved. */
    public StockItem adjust(int delta) {
        if (delta == 0) {
            throw ValidationException.of("adjustment", "must not be 0");
        }
        return withOnHand(Math.addExact((long) onHand, delta), "adjustment");
    }

    /** @param quantity the counted on-hand quantity: not negative, not below what is reserved. */
    public StockItem countedAs(int quantity) {
        if (quantity < 0) {
            throw ValidationException.of("quantity", "must not be negative");
        }
        return withOnHand(quantity, "quantity");
    }

    /** @return whether on hand may be {@code quantity}: not negative, and not below what is reserved. */
    public boolean allowsOnHand(int quantity) {
        return quantity >= 0 && quantity >= reserved;
    }

    /** @param quantity positive, at most {@link #available()}. */
    public StockItem reserve(int quantity) {
        if (quantity <= 0 || quantity > available()) {
            throw new IllegalArgumentException("cannot reserve " + quantity + " of " + available());
        }
        return new StockItem(id, vendorId, productId, locationId, onHand, reserved + quantity);
    }

    /** Gives back held units; never more than are held. */
    public StockItem release(int quantity) {
        int released = Math.min(quantity, reserved);
        return new StockItem(id, vendorId, productId, locationId, onHand, reserved - released);
    }

    /** Held units leave the stock; never more than are held. */
    public StockItem sell(int quantity) {
        int sold = Math.min(quantity, reserved);
        return new StockItem(id, vendorId, productId, locationId, onHand - sold, reserved - sold);
    }

    private StockItem withOnHand(long newOnHand, String field) {
        if (newOnHand > Integer.MAX_VALUE) {
            throw ValidationException.of(field, "would make on hand larger than " + Integer.MAX_VALUE);
        }
        if (newOnHand < reserved) {
            throw InventoryException.belowReserved(productId, (int) Math.max(newOnHand, Integer.MIN_VALUE), reserved);
        }
        return new StockItem(id, vendorId, productId, locationId, (int) newOnHand, reserved);
    }
}
