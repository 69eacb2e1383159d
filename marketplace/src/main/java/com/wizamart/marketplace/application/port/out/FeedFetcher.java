package com.wizamart.marketplace.application.port.out;

import java.io.IOException;
import java.io.InputStream;

/**
 * Fetches a vendor's feed URL, refusing addresses a vendor must not make us reach (SSRF), and cutting off downloads
 * that take too long or arrive too slowly.
 */
public interface FeedFetcher {

    /**
     * @param cancellation aborts the download, wherever it is (connecting, waiting for the answer, in a read), when
     *                     the import is cancelled: the call or the blocked read then fails with an exception.
     * @return the response body, streamed; the caller closes it. A read fails with {@link TooSlowException} once the
     *         download went beyond its deadline or below its minimum rate.
     * @throws FetchException when the URL is refused, unreachable, answers an error, or is too large.
     */
    InputStream fetch(String url, Cancellation cancellation) throws FetchException;

    /** How a fetch learns that its import was cancelled. */
    interface Cancellation {

        /** Runs {@code abort} (on any thread) when the import is cancelled, or at once when it already is. */
        void onCancel(Runnable abort);
    }

    /** Why a fetch failed, in words for the vendor. */
    class FetchException extends Exception {
        public FetchException(String message) {
            super(message);
        }

        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The download took longer than allowed or arrived slower than allowed; the message is for the vendor. */
    class TooSlowException extends IOException {
        public TooSlowException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
