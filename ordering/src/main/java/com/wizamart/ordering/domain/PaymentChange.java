package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.wizamart.ordering.PaymentStatus;

/**
 * One entry of an order's payment history.
 *
 * @param from       the status before; {@literal null} for the order being placed (or one placed before payments were
 *                   recorded).
 * @param amount     the amount the move is about (the total, captured, refunded so far).
 * @param actorId    {@literal null} for the platform itself (the provider's notice, a sweep) or the customer placing it.
 * @param actorEmail as the actor was known then; {@literal null} when unknown.
 */
public record PaymentChange(PaymentStatus from, PaymentStatus to, BigDecimal amount, String currency, String note,
                            UUID actorId, String actorEmail, Instant at) {

    public PaymentChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
        if (note != null && note.length() > Order.MAX_NOTE) {
            // a provider's message may be long; the history keeps its start
            note = note.substring(0, Order.MAX_NOTE);
        }
    }
}
