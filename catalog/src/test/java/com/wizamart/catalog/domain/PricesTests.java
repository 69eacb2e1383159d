package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/** Amounts, currencies and tax rates. */
class PricesTests {

    private static void rejected(Runnable parse, String field, String message) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.message()).contains(message);
                }));
    }

    @Test
    void anAmountIsKeptWithTwoDecimalsFromZeroToTheLargestTheDatabaseHolds() {
        assertThat(Prices.amount("price", new BigDecimal("12.5"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(Prices.amount("price", new BigDecimal("7"))).isEqualTo(new BigDecimal("7.00"));
        assertThat(Prices.amount("price", new BigDecimal("1.500"))).as("trailing zeros are no precision")
                .isEqualTo(new BigDecimal("1.50"));
        assertThat(Prices.amount("price", BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Prices.amount("price", new BigDecimal("9999999999.99"))).isEqualByComparingTo("9999999999.99");
        assertThat(Prices.amount("price", null)).isNull();
    }

    @Test
    void anAmountIsNeitherNegativeNorTooLargeNorFinerThanACent() {
        rejected(() -> Prices.amount("salePrice", new BigDecimal("-0.01")), "salePrice", "between 0 and");
        rejected(() -> Prices.amount("price", new BigDecimal("10000000000.00")), "price", "between 0 and");
        rejected(() -> Prices.amount("price", new BigDecimal("1.001")), "price", "at most two decimals");
    }

    @Test
    void aCurrencyIsAnIsoCodeInCapitals() {
        assertThat(Prices.currency("currency", " EUR ")).isEqualTo("EUR");
        rejected(() -> Prices.currency("currency", "eur"), "currency", "ISO 4217");
        rejected(() -> Prices.currency("currency", "EURO"), "currency", "ISO 4217");
        rejected(() -> Prices.currency("currency", null), "currency", "ISO 4217");
    }

    @Test
    void aTaxRateIsAPercentBelowAHundredWithAtMostTwoDecimals() {
        assertThat(Prices.taxRate("taxRate", new BigDecimal("17"))).isEqualTo(new BigDecimal("17.00"));
        assertThat(Prices.taxRate("taxRate", new BigDecimal("99.99"))).isEqualByComparingTo("99.99");
        assertThat(Prices.taxRate("taxRate", BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(Prices.taxRate("taxRate", null)).isNull();
        rejected(() -> Prices.taxRate("taxRate", new BigDecimal("100")), "taxRate", "between 0 and 99.99");
        rejected(() -> Prices.taxRate("taxRate", new BigDecimal("-1")), "taxRate", "between 0 and 99.99");
        rejected(() -> Prices.taxRate("defaultTaxRate", new BigDecimal("5.555")), "defaultTaxRate",
                "at most two decimals");
    }

    @Test
    void fieldChangesRecordAmountsWithTwoDecimals() {
        assertThat(Prices.text(new BigDecimal("3"))).isEqualTo("3.00");
        assertThat(Prices.text(new BigDecimal("2.005"))).isEqualTo("2.01");
        assertThat(Prices.text(new BigDecimal("1E+2"))).as("plain, never scientific").isEqualTo("100.00");
        assertThat(Prices.text(null)).isNull();
    }

    @Test
    void aViolationNamesTheFieldAsTheCallerCallsIt() {
        assertThatThrownBy(() -> Prices.amount("lines[2].price", new BigDecimal("-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("lines[2].price"));
    }
}
