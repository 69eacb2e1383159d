package com.wizamart.media.domain;

import java.util.List;
import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/** Media's broken rules and failures (images, the object store), each with its stable error code. */
public final class MediaException extends DomainException {

    private static final List<String> ACCEPTED_TYPES = java.util.Arrays.stream(ImageType.values())
            .map(ImageType::contentType).toList();

    private MediaException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    /** A key (or a beginning of keys to list) that breaks the rules of {@link ObjectKey}. */
    public static MediaException invalidObjectKey(String key) {
        return new MediaException(Kind.BAD_REQUEST, "MEDIA_OBJECT_KEY_INVALID",
                "'" + abbreviate(key) + "' is not a valid object key: lower-case letters, digits, '_', '-' and '/' "
                        + "separated folders, a last segment of a name and an extension, no '..'.", Map.of());
    }

    /** A content type that is not a plain {@code type/subtype} (with parameters) of printable ASCII. */
    public static MediaException invalidContentType(String contentType) {
        return new MediaException(Kind.BAD_REQUEST, "MEDIA_CONTENT_TYPE_INVALID",
                "'" + abbreviate(contentType) + "' is not a valid content type.", Map.of());
    }

    /** The content handed to the store had another length than the one declared with it; nothing was stored. */
    public static MediaException contentLengthMismatch(long declared) {
        return new MediaException(Kind.BAD_REQUEST, "MEDIA_CONTENT_LENGTH_MISMATCH",
                "The content is not " + declared + " bytes long as declared; nothing was stored.",
                Map.of("declaredLength", declared));
    }

    /**
     * The object store failed (a full disk, an unreachable S3 endpoint, refused credentials); the cause says why and
     * is logged, never shown.
     */
    public static MediaException storeUnavailable(String operation, Throwable cause) {
        MediaException failure = new MediaException(Kind.UNAVAILABLE, "MEDIA_STORE_UNAVAILABLE",
                "The media store could not " + operation + "; try again later.", Map.of());
        failure.initCause(cause);
        return failure;
    }

    /** The file has no bytes at all. */
    public static MediaException empty() {
        return new MediaException(Kind.VALIDATION, "MEDIA_EMPTY", "The file is empty.", Map.of());
    }

    /** The file is larger than the limit allows; nothing of it was parsed. */
    public static MediaException tooLarge(long maxBytes) {
        return new MediaException(Kind.TOO_LARGE, "MEDIA_TOO_LARGE",
                "The file is larger than " + maxBytes + " bytes.", Map.of("maxBytes", maxBytes));
    }

    /**
     * The file's own bytes are not one of the accepted image formats (SVG, HTML, PDF, BMP, TIFF, ...), whatever its
     * name or declared type says.
     */
    public static MediaException typeNotAllowed() {
        return new MediaException(Kind.VALIDATION, "MEDIA_TYPE_NOT_ALLOWED",
                "The file is not a JPEG, PNG, GIF or WebP image.", Map.of("acceptedTypes", ACCEPTED_TYPES));
    }

    /** The image's header claims more pixels than the limit allows; it was not decoded. */
    public static MediaException tooManyPixels(long width, long height, long maxPixels) {
        return new MediaException(Kind.VALIDATION, "MEDIA_TOO_MANY_PIXELS",
                "The image is " + width + " x " + height + " pixels; at most " + maxPixels + " pixels are accepted.",
                Map.of("width", width, "height", height, "maxPixels", maxPixels));
    }

    /**
     * The file starts like an accepted image but cannot be decoded: damaged, truncated, or a variant of the format
     * the decoder does not read.
     */
    public static MediaException unreadable(ImageType type) {
        return new MediaException(Kind.VALIDATION, "MEDIA_UNREADABLE",
                "The file looks like a " + type.name() + " image but cannot be read as one.",
                Map.of("detectedType", type.contentType()));
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 120 ? value.substring(0, 120) + "..." : value;
        return shown.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
