package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageLimitsTests {

    @Test
    void defaultsTo20MebibytesAnd40Megapixels() {
        assertThat(ImageLimits.defaults()).isEqualTo(new ImageLimits(20L * 1024 * 1024, 40_000_000));
    }

    @Test
    void allowsUpToTheLimitsInclusive() {
        ImageLimits limits = new ImageLimits(1000, 20_000);

        assertThat(limits.allowsBytes(1000)).isTrue();
        assertThat(limits.allowsBytes(1001)).isFalse();
        assertThat(limits.allowsPixels(200, 100)).isTrue();
        assertThat(limits.allowsPixels(201, 100)).isFalse();
        assertThat(limits.allowsPixels(20_000, 1)).isTrue();
        assertThat(limits.allowsPixels(1, 20_001)).isFalse();
    }

    @Test
    void countsPixelsWithoutOverflowing() {
        ImageLimits limits = ImageLimits.defaults();

        // 65,536 x 65,536 overflows an int to 0; as a long it is 4.3 billion
        assertThat(limits.allowsPixels(65_536, 65_536)).isFalse();
        assertThat(limits.allowsPixels(Integer.MAX_VALUE, Integer.MAX_VALUE)).isFalse();
        assertThat(limits.allowsPixels(0, 10)).isFalse();
        assertThat(limits.allowsPixels(-1, -1)).isFalse();
    }

    @Test
    void refusesLimitsThatCannotWork() {
        assertThatThrownBy(() -> new ImageLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageLimits(Integer.MAX_VALUE, 1)).as("more than one array holds")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
