package com.wizamart.marketplace.letzshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EncodingSnifferTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void countsWellFormedUtf8SequencesOfEveryLength() {
        byte[] text = "é € 𝄞 plain".getBytes(StandardCharsets.UTF_8);

        assertThat(EncodingSniffer.scanUtf8(text, 0, text.length)).isEqualTo(new EncodingSniffer.Utf8(3, 0, -1, false));
    }

    @Test
    void findsLatin1BytesThatAreNotUtf8() {
        byte[] text = "Café crème".getBytes(WINDOWS_1252);

        assertThat(EncodingSniffer.scanUtf8(text, 0, text.length)).isEqualTo(new EncodingSniffer.Utf8(0, 2, 3, false));
    }

    @Test
    void rejectsOverlongFormsSurrogatesAndCodePointsBeyondUnicode() {
        byte[][] malformed = {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        };
        for (byte[] bytes : malformed) {
            assertThat(EncodingSniffer.scanUtf8(bytes, 0, bytes.length).invalid()).isPositive();
            assertThat(EncodingSniffer.scanUtf8(bytes, 0, bytes.length).validMultiByte()).isZero();
        }
    }

    @Test
    void tellsASequenceCutByTheEndOfTheWindowFromAWrongOne() {
        byte[] euro = "ab€".getBytes(StandardCharsets.UTF_8);

        EncodingSniffer.Utf8 cut = EncodingSniffer.scanUtf8(euro, 0, euro.length - 1);

        assertThat(cut).isEqualTo(new EncodingSniffer.Utf8(0, 0, -1, true));
    }

    @Test
    void takesNulBytesAndControlCharactersForBinaryData() {
        byte[] text = "id\ttitle\r\nLS-1\tMug\f\n".getBytes(StandardCharsets.US_ASCII);
        byte[] withNul = "id\ttitle\0".getBytes(StandardCharsets.US_ASCII);
        byte[] controls = "id\u0001\u0002\u0003title".getBytes(StandardCharsets.US_ASCII);

        assertThat(EncodingSniffer.looksBinary(text, 0, text.length)).isFalse();
        assertThat(EncodingSniffer.looksBinary(withNul, 0, withNul.length)).isTrue();
        assertThat(EncodingSniffer.looksBinary(controls, 0, controls.length)).isTrue();
    }

    @Test
    void findsWindows1252PlausibleInEuropeanTextOnly() {
        byte[] french = "Café torréfié – 5 € le paquet, sélection spéciale".getBytes(WINDOWS_1252);
        byte[] undefined = {'a', (byte) 0x81, 'b'};
        byte[] mostlyHigh = {(byte) 0xE9, (byte) 0xE8, (byte) 0xEA, 'a', (byte) 0xE0};

        assertThat(EncodingSniffer.plausibleWindows1252(french, 0, french.length)).isTrue();
        assertThat(EncodingSniffer.plausibleWindows1252(undefined, 0, undefined.length)).isFalse();
        assertThat(EncodingSniffer.plausibleWindows1252(mostlyHigh, 0, mostlyHigh.length)).isFalse();
    }

    @Test
    void findsTheFirstByteAbove127() {
        byte[] text = "plain é".getBytes(StandardCharsets.UTF_8);

        assertThat(EncodingSniffer.firstNonAscii(text, 0, text.length)).isEqualTo(6);
        assertThat(EncodingSniffer.firstNonAscii(text, 0, 6)).isEqualTo(-1);
    }
}
