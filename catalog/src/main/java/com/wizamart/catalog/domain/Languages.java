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
