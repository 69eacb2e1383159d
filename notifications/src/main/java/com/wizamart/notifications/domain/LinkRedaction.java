package com.wizamart.notifications.domain;

import java.util.regex.Pattern;

/**
 * A one-time link (an invitation, an activation, a password reset, an address proof) as the log may keep it: its
 * token replaced by a note, so whoever reads the log learns where the link led but cannot use it. Only the mail
 * carries the working link.
 */
public final class LinkRedaction {

    /** What stands in the log where the token was. */
    public static final String NOTE = "[sent by mail, not kept]";

    private static final Pattern TOKEN = Pattern.compile("([?&]token=)[^&#\\s]*");

    private LinkRedaction() {
    }

    /**
     * @return the link with the value of its {@code token} parameter replaced by {@link #NOTE}; a link without one is
     *         replaced entirely (nothing of an unknown one-time link is kept); {@literal null} for {@literal null}.
     */
    public static String redact(String link) {
        if (link == null) {
            return null;
        }
        if (!TOKEN.matcher(link).find()) {
            return NOTE;
        }
        return TOKEN.matcher(link).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(NOTE));
    }
}
