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
 */
public record CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate) {

    /** The currency every shop sells in (what ordering prices shipping in). */
    public static final String SHOP_CURRENCY = "EUR";

    /** What a vendor starts with: English, Luxembourg's standard VAT rate. */
    public static final CatalogSettings DEFAULTS = new CatalogSettings("en", new BigDecimal("17.00"));

    public CatalogSettings {
        defaultLanguage = Languages.require("defaultLanguage", defaultLanguage);
        defaultTaxRate = Prices.taxRate("defaultTaxRate", defaultTaxRate);
        if (defaultTaxRate == null) {
            throw ValidationException.of("defaultTaxRate", "must not be null");
        }
        defaultTaxRate = defaultTaxRate.setScale(2, RoundingMode.UNNECESSARY);
    }
}
