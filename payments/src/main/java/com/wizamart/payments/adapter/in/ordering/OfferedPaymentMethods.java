package com.wizamart.payments.adapter.in.ordering;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.spi.PaymentOptions;
import com.wizamart.payments.application.PaymentConfiguration;

/** Answers checkout which payment methods a shop offers, from the vendor's payment configuration. */
@Component
class OfferedPaymentMethods implements PaymentOptions {

    private final PaymentConfiguration configuration;

    OfferedPaymentMethods(PaymentConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public List<PaymentMethod> offered(UUID vendorId) {
        return configuration.offered(vendorId);
    }
}
