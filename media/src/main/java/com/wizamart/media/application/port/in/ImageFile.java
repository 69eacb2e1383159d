package com.wizamart.media.application.port.in;

import java.io.IOException;
import java.io.InputStream;

/** A file the vendor's team uploads: its name as sent (shown in errors only) and its content, opened on demand. */
public interface ImageFile {

    /** The file's name as the client sent it; {@literal null} when none. Never trusted for anything but messages. */
    String name();

    /** @return the content from its start; the caller closes it. */
    InputStream open() throws IOException;
}
