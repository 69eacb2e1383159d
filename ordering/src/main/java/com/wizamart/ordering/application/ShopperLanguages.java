package com.wizamart.ordering.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.ordering.spi.ShopperPreferences;
import com.wizamart.tenancy.VendorContext;

/**
 * The languages a shopper reads product names in: the request's {@code Accept-Language} when it sends one, else a
 * signed-in customer's preferred language, else none (each product's default language). Catalog picks the language
 * from them by the rule product pages follow.
 */
@Component
class ShopperLanguages {

    private final ShopperPreferences preferences;

    ShopperLanguages(ShopperPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * @param acceptLanguage the request's header, {@literal null} when it sent none.
     * @param customerId     the signed-in customer, {@literal null} for an anonymous shopper.
     * @return an {@code Accept-Language} value, or {@literal null}.
     */
    String of(String acceptLanguage, UUID customerId) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            return acceptLanguage;
        }
        return customerId == null ? null
                : preferences.preferredLanguage(VendorContext.require(), customerId).orElse(null);
    }

    /**
     * @param acceptLanguage an {@code Accept-Language} value ({@link #of}); {@literal null} for none.
     * @return the primary language of its first range (an ISO 639 code, lower case), or {@literal null} when it names
     *         none or cannot be read.
     */
    static String primary(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            for (java.util.Locale.LanguageRange range : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
                String language = java.util.Locale.forLanguageTag(range.getRange()).getLanguage();
                if (language.matches("[a-z]{2,3}")) {
                    return language;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // a malformed header names no language: messages fall back to the customer's preference
        }
        return null;
    }
}
