package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageTypeTests {

    @Test
    void recognisesEachAcceptedFormatByItsSignature() {
        assertThat(ImageType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(ImageType.JPEG);
        assertThat(ImageType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(ImageType.PNG);
        assertThat(ImageType.detect(ascii("GIF87a...."))).contains(ImageType.GIF);
        assertThat(ImageType.detect(ascii("GIF89a...."))).contains(ImageType.GIF);
        assertThat(ImageType.detect(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).contains(ImageType.WEBP);
    }

    @Test
    void recognisesNothingElse() {
        assertThat(ImageType.detect(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
        assertThat(ImageType.detect(ascii("<?xml version=\"1.0\"?><svg/>"))).isEmpty();
        assertThat(ImageType.detect(ascii("%PDF-1.7"))).isEmpty();
        assertThat(ImageType.detect(ascii("BM6\u0000\u0000\u0000"))).as("BMP").isEmpty();
        assertThat(ImageType.detect(bytes('I', 'I', 42, 0, 8, 0, 0, 0))).as("TIFF").isEmpty();
        assertThat(ImageType.detect(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).as("a RIFF that is no WebP")
                .isEmpty();
        assertThat(ImageType.detect(ascii("GIF90a"))).isEmpty();
        assertThat(ImageType.detect(bytes(0xFF, 0xD8, 0x00))).as("SOI without a marker after it").isEmpty();
    }

    @Test
    void recognisesNothingInTooFewBytes() {
        assertThat(ImageType.detect(new byte[0])).isEmpty();
        assertThat(ImageType.detect(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(ImageType.detect(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(ImageType.detect(ascii("RIFF\u0024\u0000\u0000\u0000WEB"))).isEmpty();
    }

    @Test
    void namesTheMediaTypeAndExtensionToStoreAndServeWith() {
        assertThat(ImageType.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageType.JPEG.extension()).isEqualTo("jpg");
        assertThat(ImageType.WEBP.contentType()).isEqualTo("image/webp");
        assertThat(ImageType.WEBP.extension()).isEqualTo("webp");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
