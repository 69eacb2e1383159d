package com.wizamart.ordering.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.ordering.application.port.in.OrderQuery;
import com.wizamart.ordering.application.port.in.OrderSummary;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.PaymentChange;
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

    /** Writes the payment status and {@code updated_at} of a locked order. */
    void updatePayment(Order order);

    /** Adds an entry to the order's payment history. */
    void addPaymentHistory(UUID orderId, PaymentChange change);

    /** @return the order's payment history, oldest first. */
    List<PaymentChange> paymentHistory(UUID orderId);

    /** Writes the refunded total and each line's refunded quantity of a locked order. */
    void updateRefunds(Order order);
    /** Saves the lines' backordered units (the only part of a line that changes after the order is placed). */
    void updateLines(Order order);

    void addHistory(UUID orderId, StatusChange change);

    List<StatusChange> history(UUID orderId);

    Page<OrderSummary> search(OrderQuery query, Pageable pageable);

    /** Across vendors (call in a cross-vendor read): pending orders placed before {@code before}, oldest first. */
    List<OrderRef> pendingSince(Instant before, int limit);

    /** An order of some vendor. */
    record OrderRef(UUID vendorId, UUID orderId) {
    }
}
