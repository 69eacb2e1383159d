package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in two decimals, rounded half up, as prices are shown. */
public final class Money {

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal times(BigDecimal unitPrice, int quantity) {
        return of(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }
}
