package com.wizamart.marketplace.application.port.out;

import java.io.InputStream;

/** Fetches a vendor's feed URL, refusing addresses a vendor must not make us reach (SSRF). */
public interface FeedFetcher {

    /**
     * @return the response body, streamed; the caller closes it.
     * @throws FetchException when the URL is refused, unreachable, answers an error, or is too large.
     */
    InputStream fetch(String url) throws FetchException;

    /** Why a fetch failed, in words for the vendor. */
    class FetchException extends Exception {
        public FetchException(String message) {
            super(message);
        }

        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
