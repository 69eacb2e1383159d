package com.wizamart.payments.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.payments.application.OrderPaymentViews;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.payments.domain.PaymentRefund;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;

/** The vendor's view of an order's payment (every attempt and refund, failures included); marking it paid. */
@RestController
@RequestMapping("/api/v1/vendor/orders/{id}/payment")
class VendorOrderPaymentController {

    private final OrderPaymentViews payments;

    VendorOrderPaymentController(OrderPaymentViews payments) {
        this.payments = payments;
    }

    record AttemptResponse(UUID id, String providerId, String status, BigDecimal amount, Instant createdAt,
                           String failureCode, String failureMessage) {
    }

    record RefundResponse(UUID id, String providerId, BigDecimal amount, String status, String failureReason,
                          Instant createdAt) {
    }

    /** @param reference the bank transfer's reference (the order number), or the card's PaymentIntent. */
    record VendorPaymentResponse(PaymentMethod method, PaymentStatus paymentStatus, BigDecimal amount,
                                 String currency, String reference, List<AttemptResponse> attempts,
                                 List<RefundResponse> refunds) {

        static VendorPaymentResponse of(OrderPaymentViews.VendorPayment p) {
            return new VendorPaymentResponse(p.method(), p.paymentStatus(), p.amount(), p.currency(), p.reference(),
                    p.attempts().stream().map(VendorPaymentResponse::attempt).toList(),
                    p.refunds().stream().map(VendorPaymentResponse::refund).toList());
        }

        private static AttemptResponse attempt(PaymentAttempt a) {
            return new AttemptResponse(a.id(), a.providerId(), a.status().name(), a.amount(), a.createdAt(),
                    a.failureCode(), a.failureMessage());
        }

        private static RefundResponse refund(PaymentRefund r) {
            return new RefundResponse(r.id(), r.providerId(), r.amount(), r.status().name(), r.failureReason(),
                    r.createdAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    VendorPaymentResponse get(@PathVariable("id") UUID orderId) {
        return VendorPaymentResponse.of(payments.ofVendor(VendorContext.require(), orderId));
    }

    record MarkPaidRequest(@Size(max = 500) String note) {
    }

    /** A bank transfer arrived, or cash was collected: the order is paid. 409 {@code PAYMENT_METHOD_NOT_MANUAL} for a card. */
    @PostMapping("/mark-paid")
    @PreAuthorize("hasAuthority('PERM_orders.edit')")
    VendorPaymentResponse markPaid(@PathVariable("id") UUID orderId, @Valid @RequestBody(required = false)
                                   MarkPaidRequest request, Actor actor) {
        return VendorPaymentResponse.of(payments.markPaid(VendorContext.require(), orderId,
                request == null ? null : request.note(), actor));
    }
}
