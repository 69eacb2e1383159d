package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void amountsHaveTwoDecimalsRoundedHalfUp() {
        assertThat(Money.of(new BigDecimal("2.345"))).isEqualTo(new BigDecimal("2.35"));
        assertThat(Money.of(new BigDecimal("2.3449"))).isEqualTo(new BigDecimal("2.34"));
        assertThat(Money.of(new BigDecimal("0.005"))).as("half a cent is a cent").isEqualTo(new BigDecimal("0.01"));
        assertThat(Money.of(new BigDecimal("-2.345"))).as("away from zero").isEqualTo(new BigDecimal("-2.35"));
        assertThat(Money.of(new BigDecimal("7"))).isEqualTo(new BigDecimal("7.00"));
        assertThat(Money.of(new BigDecimal("7")).toPlainString()).isEqualTo("7.00");
        assertThat(Money.of(BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aLineTotalIsRoundedOnceNotPerUnit() {
        // 3 x 0.335 = 1.005 -> 1.01; rounding each unit first would give 3 x 0.34 = 1.02
        assertThat(Money.times(new BigDecimal("0.335"), 3)).isEqualTo(new BigDecimal("1.01"));
        assertThat(Money.times(new BigDecimal("11.70"), 2)).isEqualTo(new BigDecimal("23.40"));
        assertThat(Money.times(new BigDecimal("11.70"), 0)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.times(new BigDecimal("99999999.99"), 999)).isEqualTo(new BigDecimal("99899999990.01"));
    }
}
