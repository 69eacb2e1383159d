package com.wizamart.media.adapter.out.store;

import java.util.regex.Pattern;

import com.wizamart.media.domain.MediaException;

/**
 * The content types a store accepts: {@code type/subtype} with optional parameters, printable ASCII only, so a
 * content type can never break the header it is written into (HTTP's or the file system store's).
 */
final class ContentTypes {

    /** Longest content type accepted; the file system store's header has room for it. */
    static final int MAX_LENGTH = 200;

    private static final Pattern CONTENT_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(;[\\x20-\\x7E]*)?");

    private ContentTypes() {
    }

    /**
     * @return {@code contentType}.
     * @throws MediaException {@code MEDIA_CONTENT_TYPE_INVALID} for anything else.
     */
    static String check(String contentType) {
        if (contentType == null || contentType.length() > MAX_LENGTH || !CONTENT_TYPE.matcher(contentType).matches()) {
            throw MediaException.invalidContentType(contentType);
        }
        return contentType;
    }
}
