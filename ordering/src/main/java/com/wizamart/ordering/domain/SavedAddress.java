package com.wizamart.ordering.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An address in a customer's address book at one shop. Checkout copies it into the order (an {@link Address}
 * snapshot), so editing or deleting it later never changes an order.
 *
 * @param label           the customer's name for it ("Home", "Office"), or {@literal null}.
 * @param defaultShipping whether checkout ships here when the request names no shipping address (at most one per
 *                        customer).
 * @param defaultBilling  whether checkout bills here when the request names no billing address (at most one).
 */
public record SavedAddress(UUID id, UUID customerId, String label, Address address, boolean defaultShipping,
                           boolean defaultBilling, Instant createdAt, Instant updatedAt) {

    public static final int MAX_LABEL = 50;

    public SavedAddress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(address, "address");
    }

    /** The same entry with another address and label, and these defaults, changed {@code at}. */
    public SavedAddress edit(SaveAddressCommand command, boolean shipping, boolean billing, Instant at) {
        return new SavedAddress(id, customerId, command.label(), command.address(), shipping, billing, createdAt, at);
    }
}
