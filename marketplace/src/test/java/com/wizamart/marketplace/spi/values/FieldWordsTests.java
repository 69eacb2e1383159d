package com.wizamart.marketplace.spi.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.marketplace.spi.FeedAvailability;

/** FeedAvailability, yes/no words, quantity and tax rate. */
class FieldWordsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in stock      | IN_STOCK
            in_stock      | IN_STOCK
            In Stock      | IN_STOCK
            ' IN-STOCK '  | IN_STOCK
            out of stock  | OUT_OF_STOCK
            out_of_stock  | OUT_OF_STOCK
            preorder      | PREORDER
            pre-order     | PREORDER
            backorder     | BACKORDER
            BACKORDER     | BACKORDER
            """)
    void readsEveryAvailabilitySpelling(String text, FeedAvailability expected) throws Exception {
        assertThat(Availabilities.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"available", "limited", "en stock", "1"})
    void rejectsAnUnknownAvailability(String text) {
        assertThatThrownBy(() -> Availabilities.parse(text)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("unknown availability");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"yes,true", "no,false", "true,true", "false,false", "oui,true", "non,false", "vrai,true",
            "faux,false", "ja,true", "nein,false", "wahr,true", "falsch,false", "1,true", "0,false", "YES,true",
            "Nein,false", "' Oui ',true", "WAHR,true"})
    void readsTheYesNoWordsOfAllThreeLanguages(String text, boolean expected) throws Exception {
        assertThat(Flags.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "n", "si", "2", "yes please", "-"})
    void rejectsAnyOtherYesNoWord(String text) {
        assertThatThrownBy(() -> Flags.parse(text)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("not a yes/no value");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0,0", "12,12", "+7,7", "' 42 ',42", "2147483647,2147483647"})
    void readsAQuantity(String text, int expected) throws Exception {
        assertThat(Numbers.quantity(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -3          | cannot be negative
            12.0        | whole number
            twelve      | whole number
            2147483648  | too large
            """)
    void rejectsABadQuantity(String text, String message) {
        assertThatThrownBy(() -> Numbers.quantity(text)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            17     | 17
            3      | 3
            8.5    | 8.5
            8,5    | 8.5
            17%    | 17
            '17 %' | 17
            0      | 0
            100    | 100
            """)
    void readsATaxRateInPercent(String text, BigDecimal expected) throws Exception {
        assertThat(Numbers.taxRate(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-3", "17 VAT", "abc", "8.555", "1000"})
    void rejectsABadTaxRate(String text) {
        assertThatThrownBy(() -> Numbers.taxRate(text)).isInstanceOf(InvalidValue.class);
    }
}
