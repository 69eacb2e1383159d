package com.wizamart.ordering.application.port.in;

import java.time.LocalDate;
import java.util.UUID;

import com.wizamart.ordering.domain.OrderStatus;

/**
 * Filters of the vendor's order list; {@literal null} means "any".
 *
 * @param from       first UTC day of {@code placed_at}.
 * @param to         last UTC day (inclusive).
 * @param search     order number, customer name or email (contains, case-insensitive).
 * @param assigneeId the team membership the orders are assigned to.
 */
public record OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search,
                         UUID assigneeId) {

    /** A query without an assignee filter. */
    public OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search) {
        this(status, from, to, customerId, search, null);
    }
}
