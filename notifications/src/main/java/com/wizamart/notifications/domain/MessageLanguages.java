package com.wizamart.notifications.domain;

import java.util.Locale;
import java.util.Set;

/** The languages messages are written in; anything else falls back to English. */
public final class MessageLanguages {

    public static final String FALLBACK = "en";
    private static final Set<String> SUPPORTED = Set.of("en", "fr", "de");

    private MessageLanguages() {
    }

    /**
     * @param language an ISO 639-1 code or a language tag ({@code fr}, {@code de-LU}); may be {@literal null}.
     * @return the supported language it names, or {@value #FALLBACK}.
     */
    public static String of(String language) {
        if (language == null || language.isBlank()) {
            return FALLBACK;
        }
        String code = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(code) ? code : FALLBACK;
    }
}
