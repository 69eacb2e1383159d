package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class VatTreatmentTests {

    private static final LocalDate DAY = LocalDate.parse("2026-03-01");
    private static final CountryVatRates FRANCE = new CountryVatRates("FR", DAY, Map.of(
            VatCategory.STANDARD, new BigDecimal("20"), VatCategory.REDUCED, new BigDecimal("5.5"),
            VatCategory.SECOND_REDUCED, new BigDecimal("10"), VatCategory.SUPER_REDUCED, new BigDecimal("2.1"),
            VatCategory.ZERO, BigDecimal.ZERO));
    private static final CountryVatRates DENMARK = new CountryVatRates("DK", DAY, Map.of(
            VatCategory.STANDARD, new BigDecimal("25")));

    @Test
    void anOssVendorChargesTheDestinationsRatesOnlyForDeliveriesToAnotherMemberState() {
        TaxSettings oss = new TaxSettings(true, "lu");
        assertThat(VatTreatment.decide(oss, "FR", FRANCE)).isEqualTo(new VatTreatment(VatTreatment.Scheme.OSS, "FR"));
        assertThat(VatTreatment.decide(oss, "LU", FRANCE)).as("domestic")
                .isEqualTo(new VatTreatment(VatTreatment.Scheme.SHOP, "LU"));
        assertThat(VatTreatment.decide(oss, "CH", null)).as("outside the table")
                .isEqualTo(new VatTreatment(VatTreatment.Scheme.SHOP, "LU"));
        assertThat(VatTreatment.decide(oss, null, null)).as("pick-up at the shop")
                .isEqualTo(new VatTreatment(VatTreatment.Scheme.SHOP, "LU"));
        assertThat(VatTreatment.decide(new TaxSettings(false, "LU"), "FR", FRANCE)).as("not registered")
                .isEqualTo(new VatTreatment(VatTreatment.Scheme.SHOP, "LU"));
    }

    @Test
    void theDestinationsRateFollowsTheProductsCategoryTheShopsRateIsTheProductsOwn() {
        ProductFacts book = facts(VatCategory.SUPER_REDUCED, "3");
        ProductFacts wine = facts(VatCategory.PARKING, "14");
        VatTreatment oss = new VatTreatment(VatTreatment.Scheme.OSS, "FR");
        assertThat(oss.rateFor(book, FRANCE)).isEqualByComparingTo("2.1");
        assertThat(oss.rateFor(wine, FRANCE)).as("France has no parking rate: the standard one")
                .isEqualByComparingTo("20");
        assertThat(oss.shippingRate(FRANCE)).isEqualByComparingTo("20");
        VatTreatment shop = new VatTreatment(VatTreatment.Scheme.SHOP, "LU");
        assertThat(shop.rateFor(book, null)).isEqualByComparingTo("3");
    }

    @Test
    void aCategoryAStateLacksFallsToTheNextOneUp() {
        assertThat(DENMARK.rate(VatCategory.REDUCED)).isEqualByComparingTo("25");
        assertThat(FRANCE.rate(VatCategory.PARKING)).isEqualByComparingTo("20");
        CountryVatRates germany = new CountryVatRates("DE", DAY, Map.of(VatCategory.STANDARD, new BigDecimal("19"),
                VatCategory.REDUCED, new BigDecimal("7")));
        assertThat(germany.rate(VatCategory.SUPER_REDUCED)).isEqualByComparingTo("7");
        assertThat(germany.rate(VatCategory.ZERO)).isEqualByComparingTo("7");
        assertThat(germany.rate(VatCategory.SECOND_REDUCED)).isEqualByComparingTo("19");
    }

    @Test
    void theTablesDayIsCentralEuropeanTime() {
        assertThat(CountryVatRates.dayOf(Instant.parse("2026-07-31T22:30:00Z"))).isEqualTo("2026-08-01");
        assertThat(CountryVatRates.dayOf(Instant.parse("2026-01-31T22:30:00Z"))).isEqualTo("2026-01-31");
    }

    @Test
    void countriesAreReadAsVendorsWriteThem() {
        assertThat(TaxSettings.countryCode("lu")).isEqualTo("LU");
        assertThat(TaxSettings.countryCode(" Luxembourg ")).isEqualTo("LU");
        assertThat(TaxSettings.countryCode("Allemagne")).isEqualTo("DE");
        assertThat(TaxSettings.countryCode("Deutschland")).isEqualTo("DE");
        assertThat(TaxSettings.countryCode("Atlantis")).isNull();
        assertThat(TaxSettings.countryCode("XX")).isNull();
    }

    @Test
    void aTreatmentNamesItsSchemeAndCountry() {
        assertThatThrownBy(() -> new VatTreatment(null, "LU"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new VatTreatment(VatTreatment.Scheme.OSS, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new TaxSettings(true, "fr").originCountry()).isEqualTo("FR");
    }

    @Test
    void shippingIsTaxedAtTheStandardRateWhateverTheGoods() {
        CountryVatRates luxembourg = new CountryVatRates("LU", DAY, Map.of(VatCategory.STANDARD, new BigDecimal("17"),
                VatCategory.SUPER_REDUCED, new BigDecimal("3")));
        assertThat(new VatTreatment(VatTreatment.Scheme.SHOP, "LU").shippingRate(luxembourg)).isEqualByComparingTo("17");
        assertThat(new VatTreatment(VatTreatment.Scheme.OSS, "DK").shippingRate(DENMARK)).isEqualByComparingTo("25");
    }

    @Test
    void aSaleWithinTheShopsOwnCountryIsNeverOssWhateverTheCaseOfItsSettings() {
        TaxSettings oss = new TaxSettings(true, "fr");
        assertThat(VatTreatment.decide(oss, "FR", FRANCE).oss()).isFalse();
        assertThat(VatTreatment.decide(oss, "DK", DENMARK)).isEqualTo(new VatTreatment(VatTreatment.Scheme.OSS, "DK"));
    }

    private static ProductFacts facts(VatCategory category, String rate) {
        return new ProductFacts(UUID.randomUUID(), "S", "N", new BigDecimal("10"), "EUR", new BigDecimal(rate), true,
                category);
    }
}
