package com.wizamart.payments.application.port.out;

import java.util.Optional;

import com.wizamart.payments.domain.PaymentSettings;

/** Vendors' payment settings, of the bound vendor (Row-Level Security). */
public interface SettingsStore {

    Optional<PaymentSettings> find();

    /** Inserts or replaces the bound vendor's settings. */
    void save(PaymentSettings settings);
}
