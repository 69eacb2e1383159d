package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "fr | fr",
        "fr-LU, de;q=0.8 | fr",
        "DE-ch | de",
        "it, fr;q=0.5, de-CH;q=0.7 | de",
        "fr;q=0, de;q=0.1 | de",
        "en;q=0 | none",
        "it, es | none",
        "* | none",
        "*, fr;q=0.2 | fr",
        "fr;q=x | none",
        "' ' | none",
        "none | none",
    })
    void theFirstCatalogLanguageByQValueIsPreferred(String acceptLanguage, String expected) {
        assertThat(Languages.preferred(acceptLanguage)).isEqualTo(expected);
    }
}
