package com.wizamart.sharedkernel;

import java.util.List;

/** The languages the platform keeps product texts in (Luxembourg's shops write in these three). */
public final class ContentLanguages {

    /** In the order texts are shown and fallen back on. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "de");

    private ContentLanguages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
