package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MediaHashTests {

    @Test
    void isTheSha256InLowercaseHex() {
        // FIPS 180-2's example
        assertThat(MediaHash.of("abc".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(MediaHash.of(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hashesAStreamLikeItsBytes() throws IOException {
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }

        assertThat(MediaHash.of(new ByteArrayInputStream(bytes))).isEqualTo(MediaHash.of(bytes));
    }

    @Test
    void parsesOnlyA64DigitLowercaseHex() {
        String hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        assertThat(MediaHash.parse(hex).toString()).isEqualTo(hex);
        assertThatThrownBy(() -> MediaHash.parse(hex.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaHash.parse(hex.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaHash.parse("../" + hex.substring(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
