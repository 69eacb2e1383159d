package com.wizamart.marketplace.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * A feed arriving with a request, read only once the import may start: the checks that can refuse it (an import of
 * the language already running, the disk budget, a declared size over the limit) run before any of its bytes are
 * read, so a refused upload writes nothing.
 */
public interface IncomingFeed {

    /**
     * Bytes a request may carry beyond the feed itself (multipart boundaries and part headers): a request that
     * declares more than {@code max-upload-size} plus this is refused before it is read.
     */
    long ENVELOPE_BYTES = 64 * 1024;

    /** The bytes the request declares (the feed plus its envelope), or -1 when it does not say (chunked). */
    long declaredLength();

    /**
     * Starts reading the request.
     *
     * @return the feed's content, read as it arrives, and its file name (may be {@literal null}).
     * @throws TooLargeException   when the request is larger than allowed.
     * @throws MalformedException  when the request holds no readable feed.
     */
    Content open() throws IOException;

    /** The feed's content (the caller closes it) and the file name the client gave. */
    record Content(InputStream stream, String filename) {
    }

    /** A feed already at hand (demo data, tools). */
    static IncomingFeed of(InputStream stream, String filename) {
        return new IncomingFeed() {
            @Override
            public long declaredLength() {
                return -1;
            }

            @Override
            public Content open() {
                return new Content(stream, filename);
            }
        };
    }

    /** The request goes beyond the size allowed; thrown by {@link #open()} or while reading the content. */
    class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /** The request is not a readable feed upload; thrown by {@link #open()} or while reading the content. */
    class MalformedException extends IOException {
        public MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
