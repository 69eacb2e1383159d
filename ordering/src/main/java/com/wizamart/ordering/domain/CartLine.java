package com.wizamart.ordering.domain;

import java.time.Instant;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/** A product in a cart and how many of it. */
public record CartLine(UUID productId, int quantity, Instant addedAt) {

    /** The most units of one product one cart line may hold. */
    public static final int MAX_QUANTITY = 999;

    public CartLine {
        checkQuantity(quantity);
    }

    /** @throws ValidationException unless {@code 1 <= quantity <= MAX_QUANTITY}. */
    public static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw ValidationException.of("quantity", "must be between 1 and " + MAX_QUANTITY);
        }
    }
}
