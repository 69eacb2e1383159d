package com.wizamart.payments.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.ordering.OrderRefunded;
import com.wizamart.ordering.OrderStatusChanged;
import com.wizamart.payments.application.CardPayments;
import com.wizamart.payments.application.Refunds;

/**
 * Payments follow the orders: confirming captures the card payment, cancelling releases the hold (or refunds what was
 * captured), a refund sends the money back. No transaction around the listener: each step commits its records before
 * and after calling the provider, and every call carries its idempotency key, so a redelivered event (the registry
 * retries a failed one) does the work once.
 */
@Component
class OrderPaymentListener {

    private final CardPayments cards;
    private final Refunds refunds;

    OrderPaymentListener(CardPayments cards, Refunds refunds) {
        this.cards = cards;
        this.refunds = refunds;
    }

    @ApplicationModuleListener(id = "payments.follow-order-status", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged event) {
        switch (event.to()) {
            case "CONFIRMED", "PROCESSING" -> cards.captureOrder(event.vendorId(), event.orderId());
            case "CANCELLED" -> {
                cards.releaseOrder(event.vendorId(), event.orderId(), "the order was cancelled");
                refunds.refundRest(event.vendorId(), event.orderId(), event.actor());
            }
            default -> {
                // shipping and delivering need nothing of payments; refunds come with their own event
            }
        }
    }

    /** Once per refund: the provider's idempotency key is {@code refund:<refundId>}. */
    @ApplicationModuleListener(id = "payments.follow-order-refunds", propagation = Propagation.NOT_SUPPORTED)
    void on(OrderRefunded event) {
        refunds.refund(event.vendorId(), event.orderId(), event.refundId(), event.amount(), event.refundedBy());
    }
}
