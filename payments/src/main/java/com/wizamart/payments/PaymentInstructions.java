package com.wizamart.payments;

import java.util.Optional;
import java.util.UUID;

import com.wizamart.ordering.PaymentMethod;

/**
 * How the customer of an order pays it, as the order confirmation tells them: for a bank transfer, the account and the
 * reference to quote. Implemented by payments; scoped to {@code vendorId}.
 */
public interface PaymentInstructions {

    /** @return the instructions for the order, or empty when the vendor has no such order. */
    Optional<Instructions> forOrder(UUID vendorId, UUID orderId);

    /**
     * @param reference     what the customer quotes with a transfer; {@literal null} for other methods.
     * @param accountHolder for a bank transfer; {@literal null} otherwise.
     * @param iban          for a bank transfer; {@literal null} otherwise.
     * @param bic           for a bank transfer, when the vendor gave one.
     */
    record Instructions(PaymentMethod method, String reference, String accountHolder, String iban, String bic) {
    }
}
