package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The VAT included in gross amounts: {@code tax = gross * rate / (100 + rate)}, rounded half up once per rate. */
class VatLineTests {

    @Test
    void roundsTheTaxHalfUpToTheCent() {
        // 0.03 * 20 / 120 = 0.005 exactly: half up gives a cent (half even or down would give none)
        VatLine half = VatLine.of(new BigDecimal("20"), new BigDecimal("0.03"));
        assertThat(half.tax()).isEqualTo(new BigDecimal("0.01"));
        assertThat(half.net()).isEqualTo(new BigDecimal("0.02"));
        // 1.00 * 17 / 117 = 0.14529... -> 0.15
        VatLine lux = VatLine.of(new BigDecimal("17"), new BigDecimal("1.00"));
        assertThat(lux.tax()).isEqualTo(new BigDecimal("0.15"));
        assertThat(lux.net()).isEqualTo(new BigDecimal("0.85"));
        assertThat(lux.rate()).isEqualTo(new BigDecimal("17.00"));
    }

    @Test
    void netAndTaxAlwaysAddUpToTheGross() {
        for (String rate : List.of("0", "2.1", "3", "5.5", "7", "14", "17", "19", "20", "25", "27")) {
            for (String gross : List.of("0.00", "0.01", "0.03", "0.99", "10.55", "99.99", "12345.67")) {
                VatLine line = VatLine.of(new BigDecimal(rate), new BigDecimal(gross));
                assertThat(line.net().add(line.tax())).as("%s at %s %%", gross, rate)
                        .isEqualByComparingTo(gross);
                assertThat(line.tax().scale()).isEqualTo(2);
            }
        }
    }

    @Test
    void aZeroRateIncludesNoTax() {
        VatLine zero = VatLine.of(BigDecimal.ZERO, new BigDecimal("42.10"));
        assertThat(zero.tax()).isEqualByComparingTo("0");
        assertThat(zero.net()).isEqualTo(new BigDecimal("42.10"));
    }

    @Test
    void roundsOncePerRateNotPerLine() {
        VatLine.Taxed threeCents = new VatLine.Taxed(new BigDecimal("20"), new BigDecimal("0.03"));
        List<VatLine> vat = VatLine.breakdown(List.of(threeCents, threeCents, threeCents));
        // per line: 3 x 0.01 = 0.03; once over 0.09: 0.015 -> 0.02
        assertThat(vat).singleElement().satisfies(line -> {
            assertThat(line.gross()).isEqualTo(new BigDecimal("0.09"));
            assertThat(line.tax()).isEqualTo(new BigDecimal("0.02"));
        });
    }

    @Test
    void ratesWrittenDifferentlyAreOneLineAndLinesGoFromTheLowestRate() {
        List<VatLine> vat = VatLine.breakdown(List.of(
                new VatLine.Taxed(new BigDecimal("17"), new BigDecimal("10.00")),
                new VatLine.Taxed(new BigDecimal("5.5"), new BigDecimal("10.55")),
                new VatLine.Taxed(new BigDecimal("5.50"), new BigDecimal("1.00")),
                new VatLine.Taxed(new BigDecimal("0"), new BigDecimal("3.00"))));
        assertThat(vat).extracting(VatLine::rate).containsExactly(new BigDecimal("0.00"), new BigDecimal("5.50"),
                new BigDecimal("17.00"));
        assertThat(vat.get(1).gross()).isEqualTo(new BigDecimal("11.55"));
        // 11.55 * 5.5 / 105.5 = 0.6021... -> 0.60; 10.00 * 17 / 117 = 1.4529... -> 1.45
        assertThat(VatLine.totalTax(vat)).isEqualTo(new BigDecimal("2.05"));
    }

    @Test
    void nothingTaxedIsNoLineAndNoTax() {
        assertThat(VatLine.breakdown(List.of())).isEmpty();
        assertThat(VatLine.totalTax(List.of())).isEqualTo(new BigDecimal("0.00"));
    }
}
