package com.wizamart.catalog.adapter.in.web;

import java.util.Locale;

import com.wizamart.catalog.domain.Languages;

/** The language a client wants texts in: {@code lang} if given, else the first catalog language it accepts. */
final class DisplayLanguage {

    private DisplayLanguage() {
    }

    /**
     * @return a catalog language, or {@literal null} for each product's default language.
     * @throws com.wizamart.sharedkernel.ValidationException when {@code lang} is not a catalog language.
     */
    static String of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Languages.require("lang", lang);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (Languages.isSupported(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a broken header is no reason to fail the request
        }
        return null;
    }
}
