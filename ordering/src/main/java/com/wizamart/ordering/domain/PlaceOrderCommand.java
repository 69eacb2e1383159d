package com.wizamart.ordering.domain;

import java.util.Objects;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/**
 * A customer's checkout: order what the cart of {@code cartSessionId} holds, to these addresses.
 *
 * @param idempotencyKey the client's {@code Idempotency-Key}: the same key with the same command answers the first
 *                       order; with another command it is refused.
 * @param billingAddress {@literal null}: the shipping address.
 */
public record PlaceOrderCommand(UUID vendorId, UUID customerId, String customerEmail, String idempotencyKey,
                                String cartSessionId, Address shippingAddress, Address billingAddress, String note) {

    public static final int MAX_KEY = 255;

    public PlaceOrderCommand {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(customerId, "customerId");
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new com.wizamart.sharedkernel.DomainException(com.wizamart.sharedkernel.DomainException.Kind.BAD_REQUEST,
                    "IDEMPOTENCY_KEY_REQUIRED", "Checkout needs an Idempotency-Key header (a fresh random value per order).");
        }
        idempotencyKey = idempotencyKey.strip();
        if (idempotencyKey.length() > MAX_KEY) {
            throw ValidationException.of("Idempotency-Key", "must be at most " + MAX_KEY + " characters");
        }
        cartSessionId = CartSession.check(cartSessionId, "cartSessionId");
        Objects.requireNonNull(shippingAddress, "shippingAddress");
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > Order.MAX_NOTE) {
            throw ValidationException.of("note", "must be at most " + Order.MAX_NOTE + " characters");
        }
    }

    /**
     * @return a SHA-256 over everything the request asks for (not the key itself), so a replay can be told apart
     *         from another request reusing the key, whatever the JSON formatting.
     */
    public String fingerprint() {
        return Fingerprint.of(cartSessionId, address(shippingAddress),
                billingAddress == null ? "-" : address(billingAddress), note == null ? "-" : note);
    }

    private static String address(Address a) {
        return String.join("\u001e", String.valueOf(a.firstName()), String.valueOf(a.lastName()),
                String.valueOf(a.company()), String.valueOf(a.street()), String.valueOf(a.street2()),
                String.valueOf(a.postalCode()), String.valueOf(a.city()), String.valueOf(a.country()),
                String.valueOf(a.phone()));
    }
}
