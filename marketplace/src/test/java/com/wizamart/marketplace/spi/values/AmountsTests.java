package com.wizamart.marketplace.spi.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.wizamart.marketplace.spi.Amount;

class AmountsTests {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            19.99 EUR      | 19.99   | EUR
            EUR 19.99      | 19.99   | EUR
            19.99          | 19.99   | EUR
            19,99 EUR      | 19.99   | EUR
            19,99          | 19.99   | EUR
            19.99EUR       | 19.99   | EUR
            EUR19.99       | 19.99   | EUR
            19.99 eur      | 19.99   | EUR
            19,99 €        | 19.99   | EUR
            €19.99         | 19.99   | EUR
            '  19.99 EUR ' | 19.99   | EUR
            19.9           | 19.90   | EUR
            19             | 19.00   | EUR
            0.5 EUR        | 0.50    | EUR
            0.00 EUR       | 0.00    | EUR
            1,299.00 EUR   | 1299.00 | EUR
            1.299,00 EUR   | 1299.00 | EUR
            1 299,00 EUR   | 1299.00 | EUR
            1'299.50       | 1299.50 | EUR
            1,299,000      | 1299000.00 | EUR
            1.299.000,5    | 1299000.50 | EUR
            1299           | 1299.00 | EUR
            12.50 USD      | 12.50   | USD
            CHF 12.50      | 12.50   | CHF
            """)
    void readsEveryWayVendorsWriteAPrice(String text, String amount, String currency) throws Exception {
        assertThat(Amounts.parse(text)).isEqualTo(new Amount(new BigDecimal(amount), currency));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.299 EUR       | ambiguous amount 1.299
            1,299           | ambiguous amount 1,299
            19.999          | ambiguous amount 19.999
            19.9999 EUR     | at most two decimals
            1.299,000       | at most two decimals
            19.             | not a price
            -5.00 EUR       | cannot be negative
            EUR -5.00       | cannot be negative
            abc             | not a price
            EUR             | not a price
            =1+1            | not a price
            19.99 EUR EUR   | not a price
            EUR 19.99 EUR   | two currencies
            19.99 XYZ       | unknown currency XYZ
            19.99 $         | not a price
            12 34           | misplaced thousands separator
            1.2.3           | misplaced thousands separator
            12,34,56 EUR    | misplaced thousands separator
            1 299.000,00    | mixed thousands separators
            1e3             | not a price
            1234567890.00   | amount too large
            """)
    void rejectsWhatItWouldHaveToGuess(String text, String message) {
        assertThatThrownBy(() -> Amounts.parse(text)).isInstanceOf(InvalidValue.class).hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void aPriceMustNameItsCurrencyWhenThereIsNoDefault() throws Exception {
        assertThat(Amounts.parse("15.00 EUR", null)).isEqualTo(new Amount(new BigDecimal("15.00"), "EUR"));
        assertThat(Amounts.parse("15.00 USD", null)).isEqualTo(new Amount(new BigDecimal("15.00"), "USD"));
        assertThatThrownBy(() -> Amounts.parse("15.00", null)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("names no currency");
        assertThat(Amounts.parse("15.00")).isEqualTo(new Amount(new BigDecimal("15.00"), "EUR"));
    }
}
