package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.wizamart.sharedkernel.ValidationException;

/**
 * A vendor's catalog settings.
 *
 * @param defaultLanguage the language every product's name exists in when it can (shown when a requested language
 *                        is missing); one of {@link Languages#SUPPORTED}.
 * @param defaultTaxRate  VAT percent for products whose feed row or request names none.
 * @param currency        the one currency the shop sells in (ISO 4217): every product is priced in it, and carts
 *                        total only lines in it.
 */
public record CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate, String currency) {

    /** The currency of a shop that never chose one. */
    public static final String DEFAULT_CURRENCY = "EUR";

    /** What a vendor starts with: English, Luxembourg's standard VAT rate, euros. */
    public static final CatalogSettings DEFAULTS = new CatalogSettings("en", new BigDecimal("17.00"),
            DEFAULT_CURRENCY);

    public CatalogSettings {
        defaultLanguage = Languages.require("defaultLanguage", defaultLanguage);
        defaultTaxRate = Prices.taxRate("defaultTaxRate", defaultTaxRate);
        if (defaultTaxRate == null) {
            throw ValidationException.of("defaultTaxRate", "must not be null");
        }
        defaultTaxRate = defaultTaxRate.setScale(2, RoundingMode.UNNECESSARY);
        currency = Prices.currency("currency", currency);
    }
}
