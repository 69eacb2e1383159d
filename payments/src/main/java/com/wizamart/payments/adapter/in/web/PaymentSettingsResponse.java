package com.wizamart.payments.adapter.in.web;

import java.util.List;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.PaymentConfiguration;

/**
 * A vendor's payment settings. No secret of the platform ever appears; the connected account id is not one.
 *
 * @param configured false while the shop offers the platform's default methods.
 */
record PaymentSettingsResponse(List<PaymentMethod> methods, PaymentMethod defaultMethod, BankTransfer bankTransfer,
                               Card card, boolean configured) {

    record BankTransfer(String accountHolder, String iban, String bic) {
    }

    record Card(boolean available, String connectedAccount) {
    }

    static PaymentSettingsResponse of(PaymentConfiguration.View v) {
        return new PaymentSettingsResponse(v.methods(), v.defaultMethod(),
                new BankTransfer(v.accountHolder(), v.iban(), v.bic()), new Card(v.cardAvailable(),
                v.connectedAccount()), v.configured());
    }
}
