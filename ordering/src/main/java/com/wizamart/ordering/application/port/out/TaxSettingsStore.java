package com.wizamart.ordering.application.port.out;

import java.util.Optional;

import com.wizamart.ordering.domain.TaxSettings;

/** The bound vendor's VAT registration, once saved. */
public interface TaxSettingsStore {

    Optional<TaxSettings> load();

    void save(TaxSettings settings);
}
