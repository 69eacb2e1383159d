package com.wizamart.media.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * One display variant of an image, encoded from pixels: it carries no metadata of the original (no EXIF, GPS, XMP,
 * comments). Immutable: the bytes are copied in and out.
 *
 * @param size   which variant it is; must not be {@literal null}.
 * @param format {@link ImageType#JPEG} or {@link ImageType#WEBP}.
 * @param width  in pixels, at most {@code size.maxSide()}.
 * @param height in pixels, at most {@code size.maxSide()}.
 * @param bytes  the encoded file; not empty.
 */
public record Variant(VariantSize size, ImageType format, int width, int height, byte[] bytes) {

    public Variant {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(format, "format");
        if (format != ImageType.JPEG && format != ImageType.WEBP) {
            throw new IllegalArgumentException("Variants are JPEG or WebP, not " + format);
        }
        new PixelSize(width, height);
        if (Math.max(width, height) > size.maxSide()) {
            throw new IllegalArgumentException(
                    "A " + size.key() + " variant fits in " + size.maxSide() + " px: " + width + "x" + height);
        }
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("A variant has bytes");
        }
        bytes = bytes.clone();
    }

    /** A copy of the encoded file. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The encoded file's size in bytes. */
    public int length() {
        return bytes.length;
    }

    /** The encoded file, read without copying it. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** The media type to serve it with. */
    public String contentType() {
        return format.contentType();
    }

    /** The variant's file name in storage, e.g. {@code thumbnail.jpg} or {@code large.webp}. */
    public String fileName() {
        return size.key() + "." + format.extension();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Variant that && size == that.size && format == that.format && width == that.width
                && height == that.height && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, format, width, height, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Variant[" + fileName() + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
