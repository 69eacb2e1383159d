package com.wizamart.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTests {

    @Test
    void supportedLanguagesAreKeptAndOthersFallBackToEnglish() {
        assertThat(Languages.of("fr")).isEqualTo("fr");
        assertThat(Languages.of("de-LU")).isEqualTo("de");
        assertThat(Languages.of("lb")).isEqualTo("en");
        assertThat(Languages.of(null)).isEqualTo("en");
        assertThat(Languages.of("not a tag!")).isEqualTo("en");
    }
}
