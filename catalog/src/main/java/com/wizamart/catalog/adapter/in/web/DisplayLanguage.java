package com.wizamart.catalog.adapter.in.web;

import com.wizamart.catalog.domain.Languages;

/** The language a client wants texts in: {@code lang} if given, else the first catalog language it accepts. */
final class DisplayLanguage {

    private DisplayLanguage() {
    }

    /**
     * @return a catalog language, or {@literal null} for each product's default language.
     * @throws com.wizamart.sharedkernel.ValidationException when {@code lang} is not a catalog language.
     * @see Languages#preferred(String)
     */
    static String of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Languages.require("lang", lang);
        }
        return Languages.preferred(acceptLanguage);
    }
}
