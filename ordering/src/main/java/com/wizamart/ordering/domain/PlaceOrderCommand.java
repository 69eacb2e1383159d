package com.wizamart.ordering.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A customer's checkout: order what the cart of {@code cartSessionId} holds, to these addresses, shipped by this
 * method. Each address is given inline or as the id of an entry in the customer's address book, or not at all: then
 * the book's default shipping (billing) address is used, and for billing finally the shipping address.
 *
 * @param idempotencyKey    the client's {@code Idempotency-Key}: the same key with the same command answers the first
 *                          order; with another command it is refused.
 * @param shippingAddress   inline; {@literal null} for {@code shippingAddressId} or the default (not needed for a
 *                          pick-up).
 * @param billingAddress    inline; {@literal null} for {@code billingAddressId}, the default, or the shipping address.
 * @param shippingAddressId an address of the customer's book (not together with {@code shippingAddress}).
 * @param billingAddressId  an address of the customer's book (not together with {@code billingAddress}).
 * @param languages         the languages the shopper reads, as an {@code Accept-Language} value, for the product names
 *                          the order keeps; {@literal null} for each product's default language. Not part of what
 *                          the request asks for ({@link #fingerprint()}).
 * @param shippingMethodId  one of the shop's shipping methods; required when the shop has any.
 * @param paymentMethod     one of the methods the shop offers; {@literal null} for the shop's default (the first it
 *                          offers).
 */
public record PlaceOrderCommand(UUID vendorId, UUID customerId, String customerEmail, String idempotencyKey,
                                String cartSessionId, Address shippingAddress, Address billingAddress, String note,
                                UUID shippingAddressId, UUID billingAddressId, String languages,
                                UUID shippingMethodId, PaymentMethod paymentMethod) {

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
        if (shippingAddress != null && shippingAddressId != null) {
            throw ValidationException.of("shippingAddressId", "give shippingAddress or shippingAddressId, not both");
        }
        if (billingAddress != null && billingAddressId != null) {
            throw ValidationException.of("billingAddressId", "give billingAddress or billingAddressId, not both");
        }
        // which address is required depends on the shipping method: checkout checks it
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > Order.MAX_NOTE) {
            throw ValidationException.of("note", "must be at most " + Order.MAX_NOTE + " characters");
        }
    }

    /** A checkout paid by the shop's default payment method. */
    public PlaceOrderCommand(UUID vendorId, UUID customerId, String customerEmail, String idempotencyKey,
                             String cartSessionId, Address shippingAddress, Address billingAddress, String note,
                             UUID shippingAddressId, UUID billingAddressId, String languages,
                             UUID shippingMethodId) {
        this(vendorId, customerId, customerEmail, idempotencyKey, cartSessionId, shippingAddress, billingAddress, note,
                shippingAddressId, billingAddressId, languages, shippingMethodId, null);
    }

    /** A checkout with inline addresses (or defaults), in each product's default language, without a shipping method. */
    public PlaceOrderCommand(UUID vendorId, UUID customerId, String customerEmail, String idempotencyKey,
                             String cartSessionId, Address shippingAddress, Address billingAddress, String note) {
        this(vendorId, customerId, customerEmail, idempotencyKey, cartSessionId, shippingAddress, billingAddress, note,
                null, null, null, null, null);
    }

    /**
     * @return a SHA-256 over everything the request asks for (not the key itself), so a replay can be told apart
     *         from another request reusing the key, whatever the JSON formatting.
     */
    public String fingerprint() {
        List<String> parts = new ArrayList<>(List.of(cartSessionId,
                shippingAddress == null ? "-" : address(shippingAddress),
                billingAddress == null ? "-" : address(billingAddress), note == null ? "-" : note));
        if (shippingAddressId != null || billingAddressId != null) {
            // only then: fingerprints of requests without ids read as they always did
            parts.add(String.valueOf(shippingAddressId));
            parts.add(String.valueOf(billingAddressId));
        }
        if (shippingMethodId != null) {
            // only when chosen, so the fingerprints of keys stored before shipping methods existed stay the same
            parts.add(shippingMethodId.toString());
        }
        if (paymentMethod != null) {
            // only when chosen, like the shipping method: an absent method asks for the shop's default
            parts.add("payment:" + paymentMethod.name());
        }
        return Fingerprint.of(parts.toArray(String[]::new));
    }

    private static String address(Address a) {
        return String.join("\u001e", String.valueOf(a.firstName()), String.valueOf(a.lastName()),
                String.valueOf(a.company()), String.valueOf(a.street()), String.valueOf(a.street2()),
                String.valueOf(a.postalCode()), String.valueOf(a.city()), String.valueOf(a.country()),
                String.valueOf(a.phone()));
    }
}
