package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/** A vendor's catalog settings: what they default to and what they refuse. */
class CatalogSettingsTests {

    @Test
    void aVendorStartsInEnglishWithLuxembourgsVatInEurosAndTheFeedOwningStockAndPricesUnderTheGuardrail() {
        assertThat(CatalogSettings.DEFAULTS).isEqualTo(new CatalogSettings("en", new BigDecimal("17.00"), "EUR",
                Ownership.FEED, Ownership.FEED, RefreshReview.GUARDED));
    }

    @Test
    void whatIsNotSaidTakesItsDefault() {
        CatalogSettings settings = new CatalogSettings("fr", new BigDecimal("3"), null, null, null, null);
        assertThat(settings.currency()).isEqualTo(CatalogSettings.DEFAULT_CURRENCY);
        assertThat(settings.refreshReview()).isEqualTo(RefreshReview.GUARDED);
        assertThat(settings.stockOwner()).isEqualTo(Ownership.FEED);
        assertThat(settings.priceOwner()).isEqualTo(Ownership.FEED);
        assertThat(settings.defaultTaxRate()).isEqualTo(new BigDecimal("3.00"));
    }

    @Test
    void theLanguageIsReadAsACatalogLanguageWhateverItsCase() {
        assertThat(new CatalogSettings(" DE ", new BigDecimal("17")).defaultLanguage()).isEqualTo("de");
        assertThatThrownBy(() -> new CatalogSettings("it", new BigDecimal("17")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("defaultLanguage"));
        assertThatThrownBy(() -> new CatalogSettings(null, new BigDecimal("17")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theDefaultTaxRateIsRequiredAndAValidRate() {
        assertThatThrownBy(() -> new CatalogSettings("en", null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("defaultTaxRate"));
        assertThatThrownBy(() -> new CatalogSettings("en", new BigDecimal("100")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CatalogSettings("en", new BigDecimal("16.999")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theShopsCurrencyIsAnIsoCode() {
        assertThat(new CatalogSettings("en", new BigDecimal("17"), "USD").currency()).isEqualTo("USD");
        assertThatThrownBy(() -> new CatalogSettings("en", new BigDecimal("17"), "usd"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("currency"));
    }

    @Test
    void theVendorsRulesForARefreshComeFromItsSettings() {
        CatalogSettings settings = new CatalogSettings("en", new BigDecimal("17"), Ownership.PLATFORM, Ownership.FEED);
        RefreshRules rules = RefreshRules.of(settings);
        assertThat(rules.stockOwner()).isEqualTo(Ownership.PLATFORM);
        assertThat(rules.priceOwner()).isEqualTo(Ownership.FEED);
        assertThat(rules.feedOnHand()).isNull();
        assertThat(rules.rejected()).isEmpty();
    }
}
