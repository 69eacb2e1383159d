package com.wizamart.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariantTests {

    @Test
    void isNamedAndTypedByItsSizeAndFormat() {
        Variant variant = new Variant(VariantSize.MEDIUM, ImageType.WEBP, 640, 427, new byte[] { 1, 2, 3 });

        assertThat(variant.fileName()).isEqualTo("medium.webp");
        assertThat(variant.contentType()).isEqualTo("image/webp");
        assertThat(variant.length()).isEqualTo(3);
    }

    @Test
    void cannotBeChangedThroughItsBytes() {
        byte[] bytes = { 1, 2, 3 };
        Variant variant = new Variant(VariantSize.THUMBNAIL, ImageType.JPEG, 10, 10, bytes);

        bytes[0] = 9;
        variant.bytes()[1] = 9;

        assertThat(variant.bytes()).containsExactly(1, 2, 3);
        assertThat(variant)
                .isEqualTo(new Variant(VariantSize.THUMBNAIL, ImageType.JPEG, 10, 10, new byte[] { 1, 2, 3 }));
    }

    @Test
    void isJpegOrWebPAndFitsItsSize() {
        assertThatThrownBy(() -> new Variant(VariantSize.THUMBNAIL, ImageType.PNG, 10, 10, new byte[] { 1 }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Variant(VariantSize.THUMBNAIL, ImageType.JPEG, 161, 10, new byte[] { 1 }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Variant(VariantSize.THUMBNAIL, ImageType.JPEG, 10, 10, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
