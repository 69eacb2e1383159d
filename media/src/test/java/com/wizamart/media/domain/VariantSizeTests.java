package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantSizeTests {

    @Test
    void fitsTheLongerSideAndKeepsTheRatio() {
        assertThat(VariantSize.THUMBNAIL.fit(new PixelSize(3000, 2000))).isEqualTo(new PixelSize(160, 107));
        assertThat(VariantSize.MEDIUM.fit(new PixelSize(2000, 3000))).isEqualTo(new PixelSize(427, 640));
        assertThat(VariantSize.LARGE.fit(new PixelSize(4000, 4000))).isEqualTo(new PixelSize(1600, 1600));
    }

    @Test
    void neverUpscales() {
        assertThat(VariantSize.LARGE.fit(new PixelSize(800, 600))).isEqualTo(new PixelSize(800, 600));
        assertThat(VariantSize.THUMBNAIL.fit(new PixelSize(160, 100))).isEqualTo(new PixelSize(160, 100));
    }

    @Test
    void keepsAtLeastOnePixel() {
        assertThat(VariantSize.THUMBNAIL.fit(new PixelSize(50_000, 3))).isEqualTo(new PixelSize(160, 1));
        assertThat(VariantSize.THUMBNAIL.fit(new PixelSize(1, 50_000))).isEqualTo(new PixelSize(1, 160));
    }

    @Test
    void namesItsVariantsForStorageKeys() {
        assertThat(VariantSize.values()).extracting(VariantSize::key).containsExactly("thumbnail", "medium", "large");
        assertThat(VariantSize.values()).extracting(VariantSize::maxSide).containsExactly(160, 640, 1600);
    }
}
