package com.wizamart.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts as the provider counts them: integers in the currency's smallest unit (cents, or yen). */
public final class MinorUnits {

    private MinorUnits() {
    }

    /** @return {@code amount} in minor units of {@code currency} (e.g. 12.34 EUR is 1234). */
    public static long of(BigDecimal amount, String currency) {
        int digits = digits(currency);
        return amount.setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact();
    }

    /**
     * @return whether {@code amount} is a whole number of {@code currency}'s minor units (12.34 EUR is, 12.345 EUR is
     *         not, nor is 100.5 JPY): only such an amount is charged as it is, never rounded.
     */
    public static boolean representable(BigDecimal amount, String currency) {
        return amount.stripTrailingZeros().scale() <= digits(currency);
    }

    /** @return {@code minor} units of {@code currency} as an amount (1234 is 12.34 EUR). */
    public static BigDecimal toAmount(long minor, String currency) {
        return BigDecimal.valueOf(minor).movePointLeft(digits(currency));
    }

    /** @return {@code percent} of {@code minor}, rounded half up. */
    public static long percentOf(long minor, BigDecimal percent) {
        return BigDecimal.valueOf(minor).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static int digits(String currency) {
        int digits = Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT)).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }
}
