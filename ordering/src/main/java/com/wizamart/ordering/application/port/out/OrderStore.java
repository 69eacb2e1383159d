package com.wizamart.ordering.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.StatusChange;

/** The bound vendor's orders, their lines and status history. */
public interface OrderStore {

    /** Inserts the order with its lines and the first history entry. */
    void insert(Order order, StatusChange placed);

    Optional<Order> find(UUID id);

    /** Reads the order and locks it until the transaction ends (serialises status changes). */
    Optional<Order> lock(UUID id);

    /** Writes status, tracking number, assignee and {@code updated_at} of a locked order. */
    void update(Order order);

    /** Writes the refunded total and each line's refunded quantity of a locked order. */
    void updateRefunds(Order order);
    /** Saves the lines' backordered units (the only part of a line that changes after the order is placed). */
    void updateLines(Order order);

    void addHistory(UUID orderId, StatusChange change);

    List<StatusChange> history(UUID orderId);

    Page<OrderSummary> search(OrderQuery query, Pageable pageable);

    /** Across vendors (call in a cross-vendor read): pending orders placed before {@code before}, oldest first. */
    List<OrderRef> pendingSince(Instant before, int limit);

    /**
     * Filters of the vendor's order list; {@literal null} means "any".
     *
     * @param from   first UTC day of {@code placed_at}.
     * @param to     last UTC day (inclusive).
     * @param search     order number, customer name or email (contains, case-insensitive).
     * @param assigneeId the team membership the orders are assigned to.
     */
    record OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search,
                      UUID assigneeId) {

        /** A query without an assignee filter. */
        public OrderQuery(OrderStatus status, LocalDate from, LocalDate to, UUID customerId, String search) {
            this(status, from, to, customerId, search, null);
        }
    }

    /** An order as lists show it. */
    record OrderSummary(UUID id, String number, UUID customerId, String customerEmail, String customerName,
                        OrderStatus status, String currency, BigDecimal total, BigDecimal refundedTotal,
                        int itemCount, String trackingNumber, UUID assigneeId, Instant placedAt, Instant updatedAt) {
    }

    /** An order of some vendor. */
    record OrderRef(UUID vendorId, UUID orderId) {
    }
}
