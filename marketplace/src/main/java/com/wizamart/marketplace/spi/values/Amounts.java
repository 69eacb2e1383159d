package com.wizamart.marketplace.spi.values;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wizamart.marketplace.spi.Amount;

/**
 * Reads prices as vendors write them: {@code 19.99 EUR}, {@code EUR 19.99}, {@code 19.99} (EUR by default),
 * {@code 19,99 €}, {@code 1,299.00 EUR}, {@code 1.299,00 EUR}, {@code 1 299,00 EUR}.
 *
 * <p>Rule for separators: when a number holds both {@code .} and {@code ,}, the last one is the decimal separator and
 * the other groups thousands. A single separator followed by one or two digits is the decimal separator; followed
 * by exactly three digits it is ambiguous ({@code 1.299} is 1299 in Luxembourg and 1.299 in the Google spec) and the
 * price is rejected rather than guessed: a price a thousand times off is worse than a row error.
 */
public final class Amounts {

    public static final String DEFAULT_CURRENCY = "EUR";

    /** Amounts from one billion up are typos (or a GTIN in the price column), not prices. */
    private static final int MAX_INTEGER_DIGITS = 9;

    private static final Pattern PRICE = Pattern.compile(
            "(?<pre>[A-Za-z]{3}|€)?\\s*(?<num>[0-9][0-9.,' ]*?)\\s*(?<post>[A-Za-z]{3}|€)?");

    private Amounts() {
    }

    /**
     * Reads a price whose currency may be left out ({@value #DEFAULT_CURRENCY} then).
     *
     * @param text a non-blank value.
     * @return the price, scale 2.
     * @throws InvalidValue when the value is not a price this class can read without guessing.
     */
    public static Amount parse(String text) throws InvalidValue {
        return parse(text, DEFAULT_CURRENCY);
    }

    /**
     * Reads a price.
     *
     * @param text            a non-blank value.
     * @param defaultCurrency the currency of a price that names none, or {@literal null} when a price must name one
     *                        (as in {@code 15.00 EUR}).
     * @return the price, scale 2.
     * @throws InvalidValue when the value is not a price this class can read without guessing.
     */
    public static Amount parse(String text, String defaultCurrency) throws InvalidValue {
        // no-break and narrow no-break spaces are what French and German tools put between thousands
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        Matcher m = PRICE.matcher(s);
        if (!m.matches()) {
            throw new InvalidValue(s.contains("-") ? "a price cannot be negative"
                    : "not a price; expected e.g. 19.99 EUR, EUR 19.99 or 19,99 EUR");
        }
        String pre = m.group("pre");
        String post = m.group("post");
        if (pre != null && post != null) {
            throw new InvalidValue("two currencies in one price");
        }
        String token = pre != null ? pre : post;
        if (token == null && defaultCurrency == null) {
            throw new InvalidValue("the price names no currency; expected e.g. 19.99 EUR");
        }
        String currency = token == null ? defaultCurrency : currency(token);
        return new Amount(amount(m.group("num")), currency);
    }

    private static String currency(String token) throws InvalidValue {
        if (token.equals("€")) {
            return "EUR";
        }
        String code = token.toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("unknown currency " + token);
        }
        return code;
    }

    private static BigDecimal amount(String number) throws InvalidValue {
        int lastDot = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        int decimalAt = Math.max(lastDot, lastComma);
        String integerPart = number;
        String fraction = "";
        if (decimalAt >= 0) {
            char decimal = number.charAt(decimalAt);
            boolean repeated = number.indexOf(decimal) != decimalAt;
            int digitsAfter = number.length() - decimalAt - 1;
            boolean otherSeparators = containsGrouping(number.substring(0, decimalAt), decimal);
            if (repeated) {
                // "1,299,000" or "1.299.000,50"-style grouping without decimals: the separator groups thousands
                integerPart = number;
            } else if (digitsAfter == 0) {
                throw new InvalidValue("not a price; expected e.g. 19.99 EUR");
            } else if (digitsAfter == 1 || digitsAfter == 2) {
                integerPart = number.substring(0, decimalAt);
                fraction = number.substring(decimalAt + 1);
            } else if (digitsAfter == 3 && !otherSeparators) {
                throw new InvalidValue("ambiguous amount " + number + ": write 1299.00 for a thousand two hundred "
                        + "ninety-nine, or 1.30 for one thirty");
            } else {
                throw new InvalidValue("a price has at most two decimals");
            }
        }
        String digits = ungroup(integerPart);
        if (!fraction.chars().allMatch(Character::isDigit)) {
            throw new InvalidValue("not a price; expected e.g. 19.99 EUR");
        }
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        String significant = digits.substring(zeros);
        if (significant.length() > MAX_INTEGER_DIGITS) {
            throw new InvalidValue("amount too large");
        }
        return new BigDecimal(fraction.isEmpty() ? significant : significant + "." + fraction);
    }

    private static boolean containsGrouping(String integerPart, char decimal) {
        for (char c : integerPart.toCharArray()) {
            if (!Character.isDigit(c) && c != decimal) {
                return true;
            }
        }
        return false;
    }

    /** Removes one kind of thousands separator; groups after the first must have exactly three digits. */
    private static String ungroup(String integerPart) throws InvalidValue {
        char separator = 0;
        StringBuilder digits = new StringBuilder(integerPart.length());
        int groupLength = 0;
        boolean firstGroup = true;
        for (char c : integerPart.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
                groupLength++;
                continue;
            }
            if (separator == 0) {
                separator = c;
            } else if (c != separator) {
                throw new InvalidValue("mixed thousands separators");
            }
            if ((firstGroup && (groupLength < 1 || groupLength > 3)) || (!firstGroup && groupLength != 3)) {
                throw new InvalidValue("misplaced thousands separator");
            }
            firstGroup = false;
            groupLength = 0;
        }
        if (!firstGroup && groupLength != 3) {
            throw new InvalidValue("misplaced thousands separator");
        }
        if (digits.isEmpty()) {
            throw new InvalidValue("not a price; expected e.g. 19.99 EUR");
        }
        return digits.toString();
    }
}
