package com.wizamart.ordering.application.port.out;

import java.time.LocalDate;
import java.util.Optional;

import com.wizamart.ordering.domain.CountryVatRates;

/** The EU member states' VAT rates, kept as data with the days each rate is valid (platform-wide, read only). */
public interface VatRateTable {

    /** @return the country's rates valid on {@code day}; empty when the table has no standard rate for it then. */
    Optional<CountryVatRates> on(String country, LocalDate day);
}
