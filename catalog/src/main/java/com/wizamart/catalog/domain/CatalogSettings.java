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
 *                        total only lines in it. {@literal null} means {@link #DEFAULT_CURRENCY}.
 * @param stockOwner      who has the last word over the stock of products published from a feed: the feed (its
 *                        quantity sets the on-hand stock at the feed location) or people in the platform (the feed's
 *                        quantity is the starting stock only). {@literal null} means {@link Ownership#FEED}.
 * @param priceOwner      the same for prices (price, sale price, currency). {@literal null} means
 *                        {@link Ownership#FEED}.
 * @param refreshReview   which import refreshes wait for the vendor's approval. {@literal null} means
 *                        {@link RefreshReview#GUARDED}.
 */
public record CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate, String currency,
                              Ownership stockOwner, Ownership priceOwner, RefreshReview refreshReview) {

    /** The currency of a shop that never chose one. */
    public static final String DEFAULT_CURRENCY = "EUR";

    /**
     * What a vendor starts with: English, Luxembourg's standard VAT rate, euros, the feed owning stock and prices, the
     * guardrail deciding which refreshes wait.
     */
    public static final CatalogSettings DEFAULTS = new CatalogSettings("en", new BigDecimal("17.00"));

    public CatalogSettings {
        defaultLanguage = Languages.require("defaultLanguage", defaultLanguage);
        defaultTaxRate = Prices.taxRate("defaultTaxRate", defaultTaxRate);
        if (defaultTaxRate == null) {
            throw ValidationException.of("defaultTaxRate", "must not be null");
        }
        defaultTaxRate = defaultTaxRate.setScale(2, RoundingMode.UNNECESSARY);
        currency = Prices.currency("currency", currency == null ? DEFAULT_CURRENCY : currency);
        stockOwner = stockOwner == null ? Ownership.FEED : stockOwner;
        priceOwner = priceOwner == null ? Ownership.FEED : priceOwner;
        refreshReview = refreshReview == null ? RefreshReview.GUARDED : refreshReview;
    }

    /** Settings with these owners where the guardrail decides which refreshes wait. */
    public CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate, String currency, Ownership stockOwner,
                           Ownership priceOwner) {
        this(defaultLanguage, defaultTaxRate, currency, stockOwner, priceOwner, RefreshReview.GUARDED);
    }

    /** Settings in euros where the feed owns stock and prices. */
    public CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate) {
        this(defaultLanguage, defaultTaxRate, DEFAULT_CURRENCY, Ownership.FEED, Ownership.FEED);
    }

    /** Settings in this currency where the feed owns stock and prices. */
    public CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate, String currency) {
        this(defaultLanguage, defaultTaxRate, currency, Ownership.FEED, Ownership.FEED);
    }

    /** Settings in euros with these owners. */
    public CatalogSettings(String defaultLanguage, BigDecimal defaultTaxRate, Ownership stockOwner,
                           Ownership priceOwner) {
        this(defaultLanguage, defaultTaxRate, DEFAULT_CURRENCY, stockOwner, priceOwner);
    }
}
