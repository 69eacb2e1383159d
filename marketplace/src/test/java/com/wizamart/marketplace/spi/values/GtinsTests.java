package com.wizamart.marketplace.spi.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinsTests {

    @ParameterizedTest
    @ValueSource(strings = {"96385074", "036000291452", "4006381333931", "0433218196003", "10614141000415",
            " 4006381333931 "})
    void acceptsEanEightUpcEanThirteenAndGtinFourteenWithTheirCheckDigit(String gtin) throws Exception {
        assertThat(Gtins.parse(gtin)).isEqualTo(gtin.strip());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            4.01235E+12      | spreadsheet-mangled
            4,01235E+12      | spreadsheet-mangled
            4.82815e12       | spreadsheet-mangled
            4006381333932    | wrong GTIN check digit
            4006381333930    | wrong GTIN check digit
            400638133393     | wrong GTIN check digit
            400638133        | 8, 12, 13 or 14 digits, not 9
            40063813339310   | wrong GTIN check digit
            400638133393100  | 8, 12, 13 or 14 digits, not 15
            4006-3813-33931  | digits only
            '4006381333931   | apostrophe
            0000000000000    | placeholder
            """)
    void rejectsMangledMistypedAndPlaceholderGtins(String gtin, String message) {
        assertThatThrownBy(() -> Gtins.parse(gtin)).isInstanceOf(InvalidValue.class).hasMessageContaining(message);
    }

    @Test
    void computesTheGs1CheckDigitFromTheRight() {
        assertThat(Gtins.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtins.checkDigit("9638507")).isEqualTo(4);
        assertThat(Gtins.checkDigit("03600029145")).isEqualTo(2);
    }
}
