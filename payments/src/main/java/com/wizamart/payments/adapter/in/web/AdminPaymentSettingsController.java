package com.wizamart.payments.adapter.in.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.payments.application.PaymentConfiguration;
import com.wizamart.payments.domain.PaymentsException;
import com.wizamart.tenancy.Vendors;

/**
 * A platform admin reads a vendor's payment settings, where the admin app shows the connected account it sets
 * ({@code PUT}, {@link AdminConnectedAccountController}). No secret is part of them.
 */
@RestController
class AdminPaymentSettingsController {

    private final PaymentConfiguration configuration;
    private final Vendors vendors;

    AdminPaymentSettingsController(PaymentConfiguration configuration, Vendors vendors) {
        this.configuration = configuration;
        this.vendors = vendors;
    }

    /** @return the vendor's settings, as the vendor's team reads them; an unknown vendor is 404 {@code VENDOR_NOT_FOUND}. */
    @GetMapping("/api/v1/admin/vendors/{id}/payments/connected-account")
    PaymentSettingsResponse get(@PathVariable("id") UUID vendorId) {
        if (vendors.findById(vendorId).isEmpty()) {
            throw PaymentsException.vendorNotFound();
        }
        return PaymentSettingsResponse.of(configuration.view(vendorId));
    }
}
