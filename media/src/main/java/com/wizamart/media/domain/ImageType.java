package com.wizamart.media.domain;

import java.util.Optional;

/**
 * The raster formats the platform accepts, recognised by the file's own first bytes (its "magic number"), never by a
 * file name or a declared {@code Content-Type}: a file can say anything about itself, its bytes decide. Everything
 * else (SVG and other XML, HTML, PDF, BMP, TIFF, ...) has no type here and is refused.
 */
public enum ImageType {

    /** JPEG/JFIF/Exif: starts with the SOI marker and a further marker ({@code FF D8 FF}). */
    JPEG("image/jpeg", "jpg"),
    /** PNG: the 8-byte PNG signature ({@code 89 'PNG' 0D 0A 1A 0A}). */
    PNG("image/png", "png"),
    /** GIF, 87a or 89a; only its first frame is ever used. */
    GIF("image/gif", "gif"),
    /** WebP: a RIFF container of form type {@code WEBP} ({@code 'RIFF' <size> 'WEBP'}). */
    WEBP("image/webp", "webp");

    /** How many leading bytes {@link #detect(byte[])} looks at, at most. */
    public static final int SIGNATURE_LENGTH = 12;

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The media type to serve it with, e.g. {@code image/jpeg}. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension of a stored file of this type, without the dot, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }

    /**
     * @return the type of this content type, as {@link #contentType()} gives it.
     * @throws IllegalArgumentException for any other.
     */
    public static ImageType fromContentType(String contentType) {
        for (ImageType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not an accepted image type: " + contentType);
    }

    /**
     * The type the file's first bytes announce. Only the signature is checked here; whether the rest is a valid
     * image is for the decoder to find out.
     *
     * @param bytes the file, or at least its first {@link #SIGNATURE_LENGTH} bytes; must not be {@literal null}.
     * @return the type, or empty when the bytes are not one of the accepted formats (or too short to tell).
     */
    public static Optional<ImageType> detect(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
