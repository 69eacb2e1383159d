package com.wizamart.payments.adapter.in.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.PaymentConfiguration;
import com.wizamart.tenancy.VendorContext;

/** What a shop offers at checkout (anonymous). */
@RestController
class PublicPaymentMethodsController {

    private final PaymentConfiguration configuration;

    PublicPaymentMethodsController(PaymentConfiguration configuration) {
        this.configuration = configuration;
    }

    /** @param defaultMethod what checkout takes when the shopper chooses nothing. */
    record PaymentMethodsResponse(List<PaymentMethod> methods,
                                  @JsonProperty("default") PaymentMethod defaultMethod) {
    }

    @GetMapping("/api/v1/public/vendors/{vendorCode}/payment-methods")
    PaymentMethodsResponse methods(@PathVariable String vendorCode) {
        List<PaymentMethod> offered = configuration.offered(VendorContext.require());
        return new PaymentMethodsResponse(offered, offered.getFirst());
    }
}
