package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money with two decimals.
 *
 * @param amount   never negative, scale 2.
 * @param currency ISO 4217 code, upper case.
 */
public record Amount(BigDecimal amount, String currency) {

    public Amount {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be >= 0");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }
}
