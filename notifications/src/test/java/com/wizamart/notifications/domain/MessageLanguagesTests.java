package com.wizamart.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLanguagesTests {

    @Test
    void supportedLanguagesAreKeptAndOthersFallBackToEnglish() {
        assertThat(MessageLanguages.of("fr")).isEqualTo("fr");
        assertThat(MessageLanguages.of("de-LU")).isEqualTo("de");
        assertThat(MessageLanguages.of("lb")).isEqualTo("en");
        assertThat(MessageLanguages.of(null)).isEqualTo("en");
        assertThat(MessageLanguages.of("not a tag!")).isEqualTo("en");
    }
}
