package com.wizamart.payments.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.payments.application.PaymentConfiguration;
import com.wizamart.tenancy.Actor;

/** A platform admin links a vendor to its connected account at the payment provider (card payments are paid out to it). */
@RestController
class AdminConnectedAccountController {

    private final PaymentConfiguration configuration;

    AdminConnectedAccountController(PaymentConfiguration configuration) {
        this.configuration = configuration;
    }

    /** @param accountId {@code acct_...}; {@literal null} or blank removes the link (card payments stop). */
    record ConnectedAccountRequest(@Size(max = 120) String accountId) {
    }

    @PutMapping("/api/v1/admin/vendors/{vendorId}/payments/connected-account")
    PaymentSettingsResponse put(@PathVariable UUID vendorId, @Valid @RequestBody ConnectedAccountRequest request,
                                Actor admin) {
        return PaymentSettingsResponse.of(configuration.connect(vendorId, request.accountId(), admin));
    }
}
