package com.wizamart.sharedkernel.net;

import java.util.Objects;

/**
 * An outbound request the guard will not make, with the {@link Reason} so that each caller can say it in its own words
 * (a feed import and an image fetch word it differently). The message never quotes the URL, which may carry secrets.
 */
public final class RefusedRequestException extends Exception {

    /** Why the request was refused. */
    public enum Reason {
        /** The URL is not a valid URL (or a redirect's {@code Location} is not). */
        INVALID_URL,
        /** The scheme is not {@code http} or {@code https}. */
        SCHEME_NOT_ALLOWED,
        /** The URL has no host, or carries credentials ({@code user:password@}). */
        NO_HOST_OR_CREDENTIALS,
        /** The host is, or resolves to, an address inside our network (see {@link OutboundAddressPolicy}). */
        ADDRESS_NOT_ALLOWED,
        /** The host's name does not resolve. */
        UNKNOWN_HOST,
        /** The server redirected more often than allowed. */
        TOO_MANY_REDIRECTS
    }

    private final Reason reason;
    private final String host;

    /**
     * @param reason must not be {@literal null}.
     * @param host   the host concerned, {@literal null} when there is none (an invalid URL, too many redirects).
     */
    public RefusedRequestException(Reason reason, String host) {
        super(reason + (host == null ? "" : " (" + host + ")"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.host = host;
    }

    public Reason reason() {
        return reason;
    }

    /** The host concerned, or {@literal null}. */
    public String host() {
        return host;
    }
}
