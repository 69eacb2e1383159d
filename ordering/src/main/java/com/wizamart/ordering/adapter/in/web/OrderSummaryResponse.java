package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.wizamart.ordering.application.port.out.OrderStore.OrderSummary;

/** An order as lists show it. */
record OrderSummaryResponse(UUID id, String orderNumber, String status, UUID customerId, String customerEmail,
                            String customerName, int itemCount, BigDecimal total, String currency,
                            String trackingNumber, UUID assigneeId, Instant placedAt, Instant updatedAt) {

    static OrderSummaryResponse of(OrderSummary s, boolean forVendor) {
        return new OrderSummaryResponse(s.id(), s.number(), s.status().name(), s.customerId(), s.customerEmail(),
                s.customerName(), s.itemCount(), s.total(), s.currency(), s.trackingNumber(),
                forVendor ? s.assigneeId() : null, s.placedAt(), s.updatedAt());
    }
}
