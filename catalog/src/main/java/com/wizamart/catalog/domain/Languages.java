package com.wizamart.catalog.domain;

import java.util.List;
import java.util.Locale;

import com.wizamart.sharedkernel.ValidationException;

/** The languages a catalog holds texts in: those of the marketplace feeds (Luxembourg's shop languages). */
public final class Languages {

    /** Supported languages, in the order they are tried when a text is missing. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "de");

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /**
     * The catalog language a reader prefers most, by the rule every shop text follows (product pages, cart and order
     * lines): the ranges of an HTTP {@code Accept-Language} value in order of their q-values (ranges with {@code q=0}
     * are refused, not wanted), the first whose primary tag is a catalog language ({@code fr-LU} is {@code fr}).
     *
     * @param acceptLanguage e.g. {@code de-LU, fr;q=0.8, en;q=0.5}; {@literal null} or blank for none.
     * @return a catalog language, or {@literal null} for none (the product's default language then): also for a
     *         malformed value, which is no reason to fail a request.
     */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && isSupported(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return null;
    }

    /**
     * @return the language, lower-cased.
     * @throws ValidationException naming {@code field} when it is not one of {@link #SUPPORTED}.
     */
    public static String require(String field, String language) {
        String normalized = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        if (!isSupported(normalized)) {
            throw ValidationException.of(field, "must be one of " + String.join(", ", SUPPORTED));
        }
        return normalized;
    }
}
