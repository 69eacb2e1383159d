package com.wizamart.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MinorUnitsTests {

    @Test
    void anAmountWithNoMoreDecimalsThanTheCurrencysMinorUnitIsRepresentable() {
        assertThat(MinorUnits.representable(new BigDecimal("12.34"), "EUR")).isTrue();
        assertThat(MinorUnits.representable(new BigDecimal("12.340"), "EUR")).isTrue();
        assertThat(MinorUnits.representable(new BigDecimal("12"), "EUR")).isTrue();
        assertThat(MinorUnits.representable(new BigDecimal("100"), "JPY")).isTrue();
        assertThat(MinorUnits.representable(new BigDecimal("100.00"), "JPY")).isTrue();
    }

    @Test
    void anAmountFinerThanTheMinorUnitIsNotRepresentableRatherThanRounded() {
        assertThat(MinorUnits.representable(new BigDecimal("12.345"), "EUR")).isFalse();
        assertThat(MinorUnits.representable(new BigDecimal("100.5"), "JPY")).isFalse();
    }
}
