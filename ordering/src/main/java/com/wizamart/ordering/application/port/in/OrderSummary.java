package com.wizamart.ordering.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.ordering.domain.OrderStatus;

/**
 * An order as lists show it.
 *
 * @param paymentMethod {@literal null} (and {@code paymentStatus} too) for orders placed before payments were recorded.
 */
public record OrderSummary(UUID id, String number, UUID customerId, String customerEmail, String customerName,
                           OrderStatus status, String currency, BigDecimal total, BigDecimal refundedTotal,
                           int itemCount, String trackingNumber, UUID assigneeId, Instant placedAt,
                           Instant updatedAt, PaymentMethod paymentMethod, PaymentStatus paymentStatus) {
}
