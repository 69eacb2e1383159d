package com.wizamart.payments.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.PaymentConfiguration;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;

/** The vendor's payment configuration: which methods the shop offers and where bank transfers go. */
@RestController
@RequestMapping("/api/v1/vendor/payments/settings")
class VendorPaymentSettingsController {

    private final PaymentConfiguration configuration;

    VendorPaymentSettingsController(PaymentConfiguration configuration) {
        this.configuration = configuration;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    PaymentSettingsResponse get() {
        return PaymentSettingsResponse.of(configuration.view(VendorContext.require()));
    }

    /**
     * @param methods       the methods offered, at least one; {@code CARD} only when card payments are available.
     * @param defaultMethod one of {@code methods}; absent: the first.
     * @param bankTransfer  the account transfers go to; required (holder and IBAN) when {@code BANK_TRANSFER} is offered.
     */
    record SettingsRequest(@NotNull @Size(min = 1, max = 3) List<PaymentMethod> methods, PaymentMethod defaultMethod,
                           @Valid BankTransferRequest bankTransfer) {
    }

    record BankTransferRequest(@Size(max = 140) String accountHolder, @Size(max = 64) String iban,
                               @Size(max = 20) String bic) {
    }

    @PutMapping
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    PaymentSettingsResponse put(@Valid @RequestBody SettingsRequest request, Actor actor) {
        BankTransferRequest bank = request.bankTransfer() == null ? new BankTransferRequest(null, null, null)
                : request.bankTransfer();
        return PaymentSettingsResponse.of(configuration.choose(VendorContext.require(), request.methods(),
                request.defaultMethod(), bank.accountHolder(), bank.iban(), bank.bic(), actor));
    }
}
