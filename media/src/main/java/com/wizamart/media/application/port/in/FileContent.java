package com.wizamart.media.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A stored file being read, to be sent to a client.
 *
 * @param content     exactly {@code length} bytes, open until closed.
 * @param length      its length in bytes.
 * @param contentType the type it was stored with.
 * @param extension   its file name extension, e.g. {@code jpg}.
 */
public record FileContent(InputStream content, long length, String contentType, String extension)
        implements AutoCloseable {

    public FileContent {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
