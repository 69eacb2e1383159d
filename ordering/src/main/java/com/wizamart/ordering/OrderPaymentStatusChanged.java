package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.wizamart.tenancy.Actor;

/**
 * An order's payment status moved (e.g. {@code PENDING -> PAID}). Published in the changing transaction, which also
 * wrote the entry of the order's payment history.
 *
 * @param amount the amount the move is about (captured, refunded so far), in {@code currency}.
 * @param note   why, in a few words (e.g. the provider's decline reason); {@literal null} when none.
 */
@DomainEvent
public record OrderPaymentStatusChanged(UUID orderId, UUID vendorId, String orderNumber, PaymentMethod method,
                                        PaymentStatus from, PaymentStatus to, BigDecimal amount, String currency,
                                        String note, Instant changedAt, Actor changedBy) {
}
