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
 * @param stockOwner      who has the last word over the stock of products published from a feed: the feed (its
 *                        quantity sets the on-hand stock at the feed location) or people in the platform (the feed's
 *                        quantity is the starting stock only). {@literal null} means {@link Ownership#FEED}.
 * @param priceOwner      the same for prices (price, sale price, currency). {@literal null} means
 *                        {@link Ownership#FEED}.
 */
public record CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate, Ownership stockOwner,
                              Ownership priceOwner) {

    /** The currency every shop sells in (what ordering prices shipping in). */
    public static final String SHOP_CURRENCY = "EUR";

    /** What a vendor starts with: English, Luxembourg's standard VAT rate, the feed owning stock and prices. */
    public static final CatalogSettings DEFAULTS = new CatalogSettings("en", new BigDecimal("17.00"));

    public CatalogSettings {
        defaultLanguage = Languages.require("defaultLanguage", defaultLanguage);
        defaultTaxRate = Prices.taxRate("defaultTaxRate", defaultTaxRate);
        if (defaultTaxRate == null) {
            throw ValidationException.of("defaultTaxRate", "must not be null");
        }
        defaultTaxRate = defaultTaxRate.setScale(2, RoundingMode.UNNECESSARY);
        stockOwner = stockOwner == null ? Ownership.FEED : stockOwner;
        priceOwner = priceOwner == null ? Ownership.FEED : priceOwner;
    }

    /** Settings where the feed owns stock and prices. */
    public CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate) {
        this(defaultLanguage, defaultTaxRate, Ownership.FEED, Ownership.FEED);
    }
}
