package com.wizamart.media.application.port.out;

import java.util.Objects;

/**
 * Fetches the image behind a product's image link (from a vendor's feed) without letting the link make us reach
 * inside our network: the shared kernel's SSRF guard checks every resolved address and every redirect hop; only
 * {@code http} and {@code https}; the download is bounded in size and in time (a server trickling bytes is cut off).
 * A link fetched before is asked for again with its {@code ETag} ({@code If-None-Match}), so an unchanged image costs
 * no transfer.
 * <p>
 * The declared {@code Content-Type} is recorded, never trusted: the image's type is read from its bytes when it is
 * decoded (ADR 0037).
 */
public interface ImageFetcher {

    /**
     * @param url          the image link, as the feed gave it; must not be {@literal null}.
     * @param previousEtag the {@code ETag} the link answered last time, {@literal null} when it was never fetched (or
     *                     answered none).
     * @return the image, or {@link NotModified} when {@code previousEtag} still matches.
     * @throws com.wizamart.media.domain.MediaFetchException when the link is refused ({@code MEDIA_URL_REFUSED},
     *         {@code MEDIA_ADDRESS_REFUSED}), the body is larger than allowed ({@code MEDIA_TOO_LARGE}), the download
     *         takes too long ({@code MEDIA_FETCH_TIMEOUT}) or fails otherwise ({@code MEDIA_FETCH_FAILED}, with the
     *         HTTP status when there was one).
     */
    Result fetch(String url, String previousEtag);

    /** What a fetch brought back. */
    sealed interface Result permits Fetched, NotModified {

        /** The URL that answered, after redirects. */
        String finalUrl();
    }

    /**
     * The image's bytes, as sent.
     *
     * @param bytes               the body, never larger than the configured maximum.
     * @param etag                the {@code ETag} to send next time, {@literal null} when the server gave none.
     * @param declaredContentType the {@code Content-Type} the server declared, {@literal null} when none; not trusted.
     * @param finalUrl            the URL that answered, after redirects.
     */
    record Fetched(byte[] bytes, String etag, String declaredContentType, String finalUrl) implements Result {

        public Fetched {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(finalUrl, "finalUrl");
        }
    }

    /**
     * The image is unchanged since it answered {@code etag} ({@code 304 Not Modified}); nothing was transferred.
     *
     * @param etag     the {@code ETag} to send next time (the server's, or the one sent when it repeated none).
     * @param finalUrl the URL that answered, after redirects.
     */
    record NotModified(String etag, String finalUrl) implements Result {

        public NotModified {
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(finalUrl, "finalUrl");
        }
    }
}
