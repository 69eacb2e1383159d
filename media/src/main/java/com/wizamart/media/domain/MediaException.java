package com.wizamart.media.domain;

import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/** Media's broken rules and failures, each with its stable error code. */
public final class MediaException extends DomainException {

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

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 120 ? value.substring(0, 120) + "..." : value;
        return shown.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
