package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A member state's VAT rates on one day, and the categories that name them. */
class CountryVatRatesTests {

    private static final LocalDate DAY = LocalDate.parse("2026-03-01");

    @Test
    void everyStateHasAStandardRate() {
        assertThatThrownBy(() -> new CountryVatRates("DE", DAY, Map.of(VatCategory.REDUCED, new BigDecimal("7"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DE").hasMessageContaining("standard");
        assertThatThrownBy(() -> new CountryVatRates(null, DAY, Map.of(VatCategory.STANDARD, BigDecimal.TEN)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStateWithOnlyTheStandardRateChargesItForEveryCategory() {
        CountryVatRates denmark = new CountryVatRates("DK", DAY, Map.of(VatCategory.STANDARD, new BigDecimal("25")));
        for (VatCategory category : VatCategory.values()) {
            assertThat(denmark.rate(category)).as("%s", category).isEqualByComparingTo("25");
        }
    }

    @Test
    void aZeroRateIsARateNotAGap() {
        CountryVatRates ireland = new CountryVatRates("IE", DAY, Map.of(VatCategory.STANDARD, new BigDecimal("23"),
                VatCategory.ZERO, BigDecimal.ZERO, VatCategory.REDUCED, new BigDecimal("9")));
        assertThat(ireland.rate(VatCategory.ZERO)).isEqualByComparingTo("0");
        assertThat(ireland.rate(VatCategory.SUPER_REDUCED)).isEqualByComparingTo("9");
        assertThat(ireland.rate(VatCategory.PARKING)).isEqualByComparingTo("23");
    }

    @Test
    void keepsItsOwnCopyOfTheRates() {
        Map<VatCategory, BigDecimal> rates = new EnumMap<>(VatCategory.class);
        rates.put(VatCategory.STANDARD, new BigDecimal("17"));
        CountryVatRates luxembourg = new CountryVatRates("LU", DAY, rates);
        rates.put(VatCategory.STANDARD, new BigDecimal("99"));
        assertThat(luxembourg.rate(VatCategory.STANDARD)).isEqualByComparingTo("17");
    }

    @Test
    void theLadderClimbsFromACategoryToTheStandardRate() {
        assertThat(VatCategory.ZERO.ladder()).containsExactly(VatCategory.ZERO, VatCategory.SUPER_REDUCED,
                VatCategory.REDUCED, VatCategory.SECOND_REDUCED, VatCategory.PARKING, VatCategory.STANDARD);
        assertThat(VatCategory.PARKING.ladder()).containsExactly(VatCategory.PARKING, VatCategory.STANDARD);
        assertThat(VatCategory.STANDARD.ladder()).containsExactly(VatCategory.STANDARD);
        assertThat(VatCategory.DEFAULT).isEqualTo(VatCategory.STANDARD);
    }

    @Test
    void categoriesAreReadByNameIgnoringCaseAndUnknownOnesAreNone() {
        assertThat(VatCategory.parse(" second_reduced ")).isEqualTo(VatCategory.SECOND_REDUCED);
        assertThat(VatCategory.parse("Zero")).isEqualTo(VatCategory.ZERO);
        assertThat(VatCategory.parse("LUXURY")).isNull();
        assertThat(VatCategory.parse("")).isNull();
        assertThat(VatCategory.parse(null)).isNull();
        assertThat(new ProductFacts(java.util.UUID.randomUUID(), "S", "N", BigDecimal.ONE, "EUR", BigDecimal.TEN,
                true, (VatCategory) null).vatCategory()).as("unknown: standard").isEqualTo(VatCategory.STANDARD);
    }
}
