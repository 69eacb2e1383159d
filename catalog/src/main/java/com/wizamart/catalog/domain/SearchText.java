package com.wizamart.catalog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A shopper's search text, split into what to find and what to exclude. The syntax is PostgreSQL's
 * {@code websearch_to_tsquery}: words, {@code "quoted phrases"}, {@code or}, and {@code -} before a word or phrase to
 * exclude it. The tokens are read as that function reads them (a {@code -} where an operand may start negates it,
 * also when spaces follow; inside a word, as in {@code t-shirt}, it does not).
 *
 * <p>Why split at all: a search is the OR of one query per catalog language, and each language stems an excluded
 * word its own way (German makes {@code for} of "forest"), so inside one language's query the exclusion only
 * removes products holding that language's stem, and another language's query still finds them. Split, the
 * exclusions become one condition of their own (every language's stem, and the unstemmed word, ANDed out) that
 * holds whatever else the query says: {@code coffee or honey -forest} finds no forest product at all.
 *
 * @param included the text without its exclusions, in the same syntax ({@code or} kept between included operands);
 *                 blank when the text only excludes.
 * @param excluded the excluded words and phrases joined by {@code or}; blank when nothing is excluded.
 */
public record SearchText(String included, String excluded) {

    /** The single-character operators {@code websearch_to_tsquery} skips where an operand may start. */
    private static final String OPERATORS = "!&|()<";

    public boolean excludes() {
        return !excluded.isEmpty();
    }

    /** @param text the shopper's text; not {@literal null}. */
    public static SearchText parse(String text) {
        List<String> included = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        boolean negate = false;
        boolean operand = true;
        boolean or = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (operand) {
                if (c == '-') {
                    negate = !negate;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c) || OPERATORS.indexOf(c) >= 0) {
                    i++;
                    continue;
                }
                String token;
                if (c == '"') {
                    int end = text.indexOf('"', i + 1);
                    String phrase = (end < 0 ? text.substring(i + 1) : text.substring(i + 1, end)).strip();
                    i = end < 0 ? n : end + 1;
                    token = phrase.isEmpty() ? null : "\"" + phrase + "\"";
                } else {
                    int end = i;
                    while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"'
                            && OPERATORS.indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    token = text.substring(i, end);
                    i = end;
                }
                if (token != null) {
                    if (negate) {
                        excluded.add(token);
                    } else {
                        if (!included.isEmpty()) {
                            included.add(or ? "or" : "");
                        }
                        included.add(token);
                        or = false;
                    }
                }
                negate = false;
                operand = false;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                // after an operand: "or" between two operands, else an implicit AND before the next one
                if (isOr(text, i)) {
                    or = !included.isEmpty();
                    i += 2;
                }
                operand = true;
            }
        }
        StringBuilder in = new StringBuilder();
        for (String token : included) {
            if (!token.isEmpty()) {
                in.append(in.isEmpty() ? "" : " ").append(token);
            }
        }
        return new SearchText(in.toString(), String.join(" or ", excluded));
    }

    /** {@code or} as {@code websearch_to_tsquery} takes it: not part of a word, and an operand somewhere after it. */
    private static boolean isOr(String text, int i) {
        if (!text.regionMatches(true, i, "or", 0, 2) || i + 2 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 2);
        if (next == '-' || next == '_' || Character.isLetterOrDigit(next)) {
            return false;
        }
        return !text.substring(i + 3).isBlank();
    }
}
