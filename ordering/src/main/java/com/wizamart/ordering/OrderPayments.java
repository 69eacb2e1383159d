package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.tenancy.Actor;

/**
 * What the payments context may know and change of an order: its payable facts and its payment status. Implemented by
 * ordering. Every call is scoped to {@code vendorId} (Row-Level Security): another vendor's order is not found.
 */
public interface OrderPayments {

    /** @return the order as payments sees it, or empty when the vendor has no such order. */
    Optional<PayableOrder> find(UUID vendorId, UUID orderId);

    /**
     * Moves the order's payment status, locking the order, writing an entry of its payment history and publishing
     * {@link OrderPaymentStatusChanged}, in the caller's transaction or a new one. Idempotent: moving to the status the
     * order has changes nothing and answers the order as it is.
     *
     * @param amount the amount the move is about (captured, refunded so far); {@literal null} for the order's total.
     * @param note   why, in a few words; {@literal null} when none.
     * @throws com.wizamart.sharedkernel.DomainException {@code ORDER_NOT_FOUND}, {@code INVALID_PAYMENT_STATUS} for a
     *         move the payment lifecycle forbids.
     */
    PayableOrder recordPaymentStatus(UUID vendorId, UUID orderId, PaymentStatus to, BigDecimal amount, String note,
                                     Actor actor);

    /**
     * An order as payments sees it.
     *
     * @param status        the fulfilment status ({@code PENDING}, {@code CONFIRMED}, ... {@code CANCELLED}).
     * @param total         gross total, VAT included.
     * @param refundedTotal gross amount refunded so far.
     */
    record PayableOrder(UUID orderId, UUID vendorId, String orderNumber, UUID customerId, String customerEmail,
                        PaymentMethod method, PaymentStatus paymentStatus, String status, BigDecimal total,
                        BigDecimal refundedTotal, String currency, Instant placedAt) {
    }
}
