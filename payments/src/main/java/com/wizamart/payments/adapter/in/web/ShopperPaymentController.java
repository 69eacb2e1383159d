package com.wizamart.payments.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.payments.application.OrderPaymentViews;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;

/** The customer who placed an order pays it, and comes back from the payment page (customer token of this shop). */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}/orders/{id}/payment")
@PreAuthorize("hasRole('CUSTOMER')")
class ShopperPaymentController {

    private final OrderPaymentViews payments;

    ShopperPaymentController(OrderPaymentViews payments) {
        this.payments = payments;
    }

    /**
     * @param paymentMethodId the card the shopper's browser tokenized ({@code pm_...}); absent: the intent is created
     *                        unconfirmed and the browser confirms it with its {@code clientSecret}.
     * @param returnUrl       where 3-D Secure sends the shopper back ({@code https://...}).
     */
    record PayRequest(@Size(max = 255) @Pattern(regexp = "pm_[A-Za-z0-9_]+") String paymentMethodId,
                      @Size(max = 2000) String returnUrl) {
    }

    /**
     * Pays the order. For a card: a new attempt, or the one the same {@code Idempotency-Key} made; 503
     * {@code PAYMENT_PROVIDER_UNAVAILABLE} when the provider could not be reached (the same request may be repeated:
     * it finds the same PaymentIntent). For a bank transfer, what to transfer where.
     */
    @PostMapping
    ShopperPaymentResponse pay(@PathVariable String vendorCode, @PathVariable("id") UUID orderId,
                               @RequestHeader(value = "Idempotency-Key", required = false) String key,
                               @Valid @RequestBody(required = false) PayRequest request, Actor customer) {
        PayRequest body = request == null ? new PayRequest(null, null) : request;
        if (body.returnUrl() != null && !body.returnUrl().matches("https?://[^\\s]+")) {
            throw ValidationException.of("returnUrl", "must be an http(s) URL");
        }
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw ValidationException.of("Idempotency-Key", "must be 1 to 100 characters");
        }
        return ShopperPaymentResponse.of(payments.pay(VendorContext.require(), customer.id(), orderId,
                body.paymentMethodId(), body.returnUrl(), key));
    }

    /** The payment as it stands; for a card, the provider's state applied (the shopper's return). */
    @GetMapping
    ShopperPaymentResponse get(@PathVariable String vendorCode, @PathVariable("id") UUID orderId, Actor customer) {
        return ShopperPaymentResponse.of(payments.current(VendorContext.require(), customer.id(), orderId));
    }
}
