package com.wizamart.media.domain;

import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/**
 * Why an image link could not be fetched, with a stable error code, and whether trying again later may help
 * ({@link #retryable()}: a timeout, an unreachable server or a 5xx may pass; a refused link, a 404 or an image too
 * large will not). Messages never quote the link, which may carry a token.
 */
public final class MediaFetchException extends DomainException {

    private final boolean retryable;

    private MediaFetchException(Kind kind, String errorCode, String message, Map<String, Object> details,
                                boolean retryable) {
        super(kind, errorCode, message, details);
        this.retryable = retryable;
    }

    /** Whether a later attempt may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** Not an http(s) URL with a host, or one carrying credentials. */
    public static MediaFetchException urlRefused(String why) {
        return new MediaFetchException(Kind.VALIDATION, "MEDIA_URL_REFUSED", "The image link is refused: " + why,
                Map.of(), false);
    }

    /** The link, or one of its redirects, leads to an address inside our network. */
    public static MediaFetchException addressRefused(String host) {
        return new MediaFetchException(Kind.VALIDATION, "MEDIA_ADDRESS_REFUSED",
                "The image link leads to an address that is not allowed (" + host + ").", Map.of("host", host), false);
    }

    /** The body is larger than {@code maxBytes} (announced, or counted while reading). */
    public static MediaFetchException tooLarge(long maxBytes) {
        return new MediaFetchException(Kind.TOO_LARGE, "MEDIA_TOO_LARGE",
                "The image is larger than " + maxBytes + " bytes.", Map.of("maxBytes", maxBytes), false);
    }

    /** Connecting, the answer or the whole download took longer than allowed. */
    public static MediaFetchException timeout(String what) {
        return new MediaFetchException(Kind.UNAVAILABLE, "MEDIA_FETCH_TIMEOUT", "The image download " + what + ".",
                Map.of(), true);
    }

    /** The server answered {@code httpStatus} instead of the image. */
    public static MediaFetchException status(int httpStatus) {
        boolean retryable = httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
        return new MediaFetchException(retryable ? Kind.UNAVAILABLE : Kind.VALIDATION, "MEDIA_FETCH_FAILED",
                "The image link answered HTTP " + httpStatus + ".", Map.of("httpStatus", httpStatus), retryable);
    }

    /** Any other failure (an unknown host, an unreachable server, a broken connection, endless redirects). */
    public static MediaFetchException failed(String why, boolean retryable) {
        return new MediaFetchException(retryable ? Kind.UNAVAILABLE : Kind.VALIDATION, "MEDIA_FETCH_FAILED",
                "The image could not be fetched: " + why, Map.of(), retryable);
    }
}
