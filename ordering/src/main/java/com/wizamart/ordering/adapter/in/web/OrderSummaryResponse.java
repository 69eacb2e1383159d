package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.wizamart.ordering.application.OrderViews;
import com.wizamart.ordering.application.port.in.OrderSummary;

/**
 * An order as lists show it; the assignee (staff only) with name and email.
 *
 * @param paymentMethod {@literal null} (and {@code paymentStatus} too) for orders placed before payment methods were
 *                      recorded.
 */
record OrderSummaryResponse(UUID id, String orderNumber, String status, UUID customerId, String customerEmail,
                            String customerName, int itemCount, BigDecimal total, BigDecimal refundedTotal,
                            String currency, String trackingNumber, UUID assigneeId, AssigneeResponse assignee,
                            Instant placedAt, Instant updatedAt, String paymentMethod, String paymentStatus) {

    /** @param assignees the page's assignees by membership id (staff lists); {@literal null} for customers. */
    static OrderSummaryResponse of(OrderSummary s, Map<UUID, OrderViews.Assignee> assignees) {
        boolean forVendor = assignees != null;
        AssigneeResponse assignee = !forVendor || s.assigneeId() == null ? null
                : assignees.containsKey(s.assigneeId()) ? AssigneeResponse.of(assignees.get(s.assigneeId()))
                : AssigneeResponse.unknown(s.assigneeId());
        return new OrderSummaryResponse(s.id(), s.number(), s.status().name(), s.customerId(), s.customerEmail(),
                s.customerName(), s.itemCount(), s.total(), s.refundedTotal(), s.currency(), s.trackingNumber(),
                forVendor ? s.assigneeId() : null, assignee, s.placedAt(), s.updatedAt(),
                s.paymentMethod() == null ? null : s.paymentMethod().name(),
                s.paymentStatus() == null ? null : s.paymentStatus().name());
    }
}
