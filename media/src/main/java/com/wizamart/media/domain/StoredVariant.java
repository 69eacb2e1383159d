package com.wizamart.media.domain;

import java.util.Objects;

/**
 * A display variant as stored: which one, and what it is (its bytes are in the object store, under
 * {@link ObjectKeys#variant}).
 *
 * @param size   which variant.
 * @param format {@link ImageType#JPEG} or {@link ImageType#WEBP}.
 * @param width  in pixels.
 * @param height in pixels.
 * @param bytes  its length in bytes.
 */
public record StoredVariant(VariantSize size, ImageType format, int width, int height, long bytes) {

    public StoredVariant {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(format, "format");
    }

    /** @return what is stored of {@code variant}. */
    public static StoredVariant of(Variant variant) {
        return new StoredVariant(variant.size(), variant.format(), variant.width(), variant.height(),
                variant.length());
    }

    /** The file name in storage and in its URL, e.g. {@code thumbnail.jpg}. */
    public String fileName() {
        return size.key() + "." + format.extension();
    }
}
