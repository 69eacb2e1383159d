package com.wizamart.marketplace.spi.values;

import java.util.regex.Pattern;

/**
 * Validates GTINs (EAN-8, UPC-A, EAN-13, GTIN-14). A GTIN that is not exactly right is rejected, never repaired:
 * a wrong GTIN attaches the vendor's offer to somebody else's product on every marketplace that matches by GTIN,
 * which is worse than a product without one (the row imports without its GTIN, with a warning the vendor can fix).
 *
 * <p>Kept as written (leading zeros included, no padding to 14 digits): {@code 0433218196003} and
 * {@code 433218196003} are the same GTIN, and whoever compares GTINs should compare them padded.
 */
public final class Gtins {

    /** What a spreadsheet makes of a 13-digit number in a "General" cell: {@code 4.01235E+12}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+");

    private Gtins() {
    }

    /**
     * @param text a non-blank cell.
     * @return the GTIN's digits.
     * @throws InvalidValue when the cell is not a valid GTIN.
     */
    public static String parse(String text) throws InvalidValue {
        String s = text.strip();
        if (SCIENTIFIC.matcher(s).matches()) {
            throw new InvalidValue("GTIN looks spreadsheet-mangled (scientific notation); format the column as "
                    + "text and export again");
        }
        if (s.startsWith("'")) {
            throw new InvalidValue("GTIN starts with an apostrophe, a spreadsheet's text marker; export the column "
                    + "as plain text");
        }
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValue("a GTIN has digits only");
        }
        int length = s.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            throw new InvalidValue("a GTIN has 8, 12, 13 or 14 digits, not " + length);
        }
        if (s.chars().allMatch(c -> c == '0')) {
            throw new InvalidValue("a GTIN of zeros is a placeholder, not a GTIN");
        }
        if (checkDigit(s.substring(0, length - 1)) != s.charAt(length - 1) - '0') {
            throw new InvalidValue("wrong GTIN check digit (typo, or a wrong number)");
        }
        return s;
    }

    /** GS1 check digit: weights 3, 1, 3, … from the right of the payload. */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = payload.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (payload.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
