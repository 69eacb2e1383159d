package com.wizamart.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTests {

    @Test
    void lineBreaksAndControlCharactersBecomeOneSpace() {
        assertThat(HeaderText.of("Eve\r\nBcc: victim@example.com")).isEqualTo("Eve Bcc: victim@example.com");
        assertThat(HeaderText.of("a\u0000b\u2028c\u0085d\te")).isEqualTo("a b c d e");
    }

    @Test
    void blankTextIsNone() {
        assertThat(HeaderText.of(" \r\n ")).isNull();
        assertThat(HeaderText.of(null)).isNull();
    }

    @Test
    void longTextIsCutWithoutSplittingACharacter() {
        String text = "x".repeat(HeaderText.MAX_LENGTH - 1) + "\uD83D\uDE00";
        assertThat(HeaderText.of(text)).hasSize(HeaderText.MAX_LENGTH - 1);
    }
}
