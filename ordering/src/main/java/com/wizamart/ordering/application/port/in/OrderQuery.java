package com.wizamart.ordering.application.port.in;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.wizamart.ordering.PaymentStatus;

import com.wizamart.ordering.domain.OrderStatus;

/**
 * Filters of the vendor's order list; {@literal null} means "any".
 *
 * @param from       first UTC day of {@code placed_at}.
 * @param to         last UTC day (inclusive).
 * @param search     order number, customer name or email (contains, case-insensitive).
 * @param assigneeId      the team membership the orders are assigned to.
 * @param paymentStatuses the payment statuses the orders are in (any of them); empty for any.
 */
public record OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search,
                         UUID assigneeId, Set<PaymentStatus> paymentStatuses) {

    public OrderQuery {
        paymentStatuses = paymentStatuses == null ? Set.of() : Set.copyOf(paymentStatuses);
    }

    /** A query without a payment status filter. */
    public OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search,
                      UUID assigneeId) {
        this(status, from, to, customerId, search, assigneeId, Set.of());
    }

    /** A query without an assignee filter. */
    public OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search) {
        this(status, from, to, customerId, search, null);
    }
}
