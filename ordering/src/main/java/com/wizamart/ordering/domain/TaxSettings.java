package com.wizamart.ordering.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A vendor's VAT registration as checkout needs it.
 *
 * @param ossRegistered whether the vendor is registered for the EU one-stop shop (OSS) and so charges the VAT of the
 *                      destination on sales to consumers in other member states.
 * @param originCountry ISO 3166-1 alpha-2 code of the member state the shop is established in (its own VAT), upper
 *                      case.
 */
public record TaxSettings(boolean ossRegistered, String originCountry) {

    /** The country of a vendor whose business address names none the rates table knows. */
    public static final String DEFAULT_ORIGIN = "LU";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<Locale> NAME_LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    public TaxSettings {
        Objects.requireNonNull(originCountry, "originCountry");
        originCountry = originCountry.toUpperCase(Locale.ROOT);
    }

    /**
     * Reads a country as vendors write it in their business address: an ISO 3166-1 alpha-2 code, or the country's
     * name in English, French or German ({@code Luxembourg}, {@code Allemagne}, {@code Deutschland}).
     *
     * @return the alpha-2 code, or {@literal null} when the text names no country.
     */
    public static String countryCode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() == 2) {
            String code = t.toUpperCase(Locale.ROOT);
            return COUNTRIES.contains(code) ? code : null;
        }
        for (String code : COUNTRIES) {
            Locale country = Locale.of("", code);
            for (Locale language : NAME_LANGUAGES) {
                if (country.getDisplayCountry(language).equalsIgnoreCase(t)) {
                    return code;
                }
            }
        }
        return null;
    }
}
