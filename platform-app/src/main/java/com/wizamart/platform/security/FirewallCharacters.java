package com.wizamart.platform.security;

import java.util.function.Predicate;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} allows in header names, header values and parameter
 * names by default (assigned Unicode code points that are no control characters; a tab too in header values),
 * checked without its regular expressions, which ran for every header read (~2 % of a checkout's CPU, ADR 0010).
 * {@code FirewallCharactersTests} asks a default {@code StrictHttpFirewall} about every code point, so a change of
 * Spring Security's defaults fails the build.
 */
final class FirewallCharacters {

    /** Header and parameter names: assigned code points, no control characters. */
    static final Predicate<String> NAMES = s -> allowed(s, false);

    /** Header values: as names, and a tab. */
    static final Predicate<String> VALUES = s -> allowed(s, true);

    private FirewallCharacters() {
    }

    private static boolean allowed(String s, boolean tab) {
        int at = 0;
        while (at < s.length()) {
            char c = s.charAt(at);
            if (c < 0x80) {
                if ((c < 0x20 && !(tab && c == '\t')) || c == 0x7F) {
                    return false;
                }
                at++;
            }
            else {
                int codePoint = s.codePointAt(at);
                if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.CONTROL) {
                    return false;
                }
                at += Character.charCount(codePoint);
            }
        }
        return true;
    }
}
