package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTests {

    @Test
    void isTheHexSha256OfThePartsJoinedByAUnitSeparator() {
        // the SHA-256 test vectors of FIPS 180-2
        assertThat(Fingerprint.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Fingerprint.of()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Fingerprint.of("a", "b")).isEqualTo(Fingerprint.of("a\u001fb"));
    }

    @Test
    void tellsPartsApartWhereTheirTextRunsTogether() {
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"))
                .isNotEqualTo(Fingerprint.of("abc"));
        assertThat(Fingerprint.of("a", "")).isNotEqualTo(Fingerprint.of("a"));
    }

    @Test
    void readsTextAsUtf8() {
        // e acute is C3 A9 in UTF-8; in ISO 8859-1 it would be the single byte E9, hashed to another value
        assertThat(Fingerprint.of("\u00e9")).matches("[0-9a-f]{64}")
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }
}
