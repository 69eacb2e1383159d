package com.wizamart.marketplace.spi.values;

import java.util.Locale;
import java.util.Map;

/**
 * Reads yes/no cells in the feed languages: {@code yes/no}, {@code true/false}, {@code oui/non}, {@code vrai/faux},
 * {@code ja/nein}, {@code wahr/falsch}, {@code 1/0}, in any case. Every language's words are accepted in every file:
 * vendors translate the texts, not necessarily the flags.
 */
public final class Flags {

    private static final Map<String, Boolean> WORDS = Map.ofEntries(
            Map.entry("yes", true), Map.entry("no", false),
            Map.entry("true", true), Map.entry("false", false),
            Map.entry("oui", true), Map.entry("non", false),
            Map.entry("vrai", true), Map.entry("faux", false),
            Map.entry("ja", true), Map.entry("nein", false),
            Map.entry("wahr", true), Map.entry("falsch", false),
            Map.entry("1", true), Map.entry("0", false));

    private Flags() {
    }

    /**
     * @param text a non-blank cell.
     * @throws InvalidValue when the cell is not a yes/no word.
     */
    public static boolean parse(String text) throws InvalidValue {
        Boolean value = WORDS.get(text.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new InvalidValue("not a yes/no value; expected e.g. yes, no, oui, non, ja, nein, true, false");
        }
        return value;
    }
}
