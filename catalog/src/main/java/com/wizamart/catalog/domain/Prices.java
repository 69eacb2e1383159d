package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.ValidationException;

/** Rules for amounts, currencies and tax rates; amounts are kept with two decimals. */
public final class Prices {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_TAX_RATE = new BigDecimal("99.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Prices() {
    }

    /** @return the amount with scale 2, or {@literal null} for {@literal null}. */
    public static BigDecimal amount(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw ValidationException.of(field, "must be between 0 and " + MAX_AMOUNT.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw ValidationException.of(field, "must have at most two decimals");
        }
        return amount.setScale(2);
    }

    public static String currency(String field, String currency) {
        if (currency == null || !CURRENCY.matcher(currency.strip()).matches()) {
            throw ValidationException.of(field, "must be an ISO 4217 code such as EUR");
        }
        return currency.strip();
    }

    /** @return the VAT percent with scale 2, or {@literal null} for {@literal null}. */
    public static BigDecimal taxRate(String field, BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        if (rate.signum() < 0 || rate.compareTo(MAX_TAX_RATE) > 0) {
            throw ValidationException.of(field, "must be between 0 and 99.99");
        }
        if (rate.stripTrailingZeros().scale() > 2) {
            throw ValidationException.of(field, "must have at most two decimals");
        }
        return rate.setScale(2);
    }

    /** Two decimals as text, the form field changes are recorded in; {@literal null} stays {@literal null}. */
    static String text(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
