package com.wizamart.marketplace.spi.values;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads the numeric extension columns {@code quantity} and {@code tax_rate}. */
public final class Numbers {

    private static final Pattern QUANTITY = Pattern.compile("\\+?[0-9]+");
    private static final Pattern PERCENT = Pattern.compile("([0-9]{1,3}(?:[.,][0-9]{1,2})?)\\s*%?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /**
     * @param text a non-blank cell.
     * @return units in stock, {@code >= 0}.
     * @throws InvalidValue when the cell is not a whole number of units.
     */
    public static int quantity(String text) throws InvalidValue {
        String s = text.strip();
        if (s.startsWith("-") && QUANTITY.matcher(s.substring(1)).matches()) {
            throw new InvalidValue("a quantity cannot be negative");
        }
        if (!QUANTITY.matcher(s).matches()) {
            throw new InvalidValue("a quantity is a whole number of units");
        }
        try {
            return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw new InvalidValue("quantity too large");
        }
    }

    /**
     * @param text a non-blank cell such as {@code 17}, {@code 3}, {@code 8.5}, {@code 8,5 %}.
     * @return the VAT percent, between 0 and 100, as written (17 stays 17, 8.50 stays 8.50).
     * @throws InvalidValue when the cell is not a percentage.
     */
    public static BigDecimal taxRate(String text) throws InvalidValue {
        var m = PERCENT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValue("a tax rate is a percentage such as 17, 3 or 8.5");
        }
        BigDecimal rate = new BigDecimal(m.group(1).replace(',', '.'));
        if (rate.compareTo(HUNDRED) > 0) {
            throw new InvalidValue("a tax rate is at most 100 %");
        }
        return rate;
    }
}
