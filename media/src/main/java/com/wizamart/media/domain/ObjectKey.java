package com.wizamart.media.domain;

import java.util.regex.Pattern;

/**
 * Where a stored object lives in the object store, e.g. {@code vendor/<vendorId>/<sha256>/<variant>.<ext>}.
 * <p>
 * A key is checked strictly when it is made, so that no key can name anything outside the store, whatever the store:
 * lower-case ASCII letters, digits, {@code _} and {@code -} in its folder segments, and a last segment of a name and an
 * extension ({@code thumbnail.jpg}); no leading or trailing {@code /}, no empty segment, no segment starting with a
 * dot (so no {@code .} or {@code ..}, and no name a file system store uses for its own temporary files), at most
 * {@value #MAX_LENGTH} characters (S3's limit is 1,024 bytes). Folder segments never contain a dot, so one key is
 * never the folder of another: what S3 allows and a file system does not can never be asked for.
 *
 * @param value the key, e.g. {@code vendor/0b6f.../3a7b.../thumbnail.jpg}.
 */
public record ObjectKey(String value) {

    /** Longest key accepted; S3 allows 1,024 bytes and every character of a key is one byte. */
    public static final int MAX_LENGTH = 1024;

    private static final Pattern KEY = Pattern.compile("([a-z0-9_-]+/)*[a-z0-9_-]+(\\.[a-z0-9_-]+)+");
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9_-]+/)*([a-z0-9_-]+(\\.[a-z0-9_-]*)*)?");

    /**
     * @throws MediaException {@code MEDIA_OBJECT_KEY_INVALID} when {@code value} breaks a rule of the class comment.
     */
    public ObjectKey {
        if (!isValid(value)) {
            throw MediaException.invalidObjectKey(value);
        }
    }

    /** @return the key, checked; see the class comment for the rules. */
    public static ObjectKey of(String value) {
        return new ObjectKey(value);
    }

    /** @return whether {@code value} is a key; stores skip whatever else they find (temporary files, others'). */
    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && !value.contains("..")
                && KEY.matcher(value).matches();
    }

    /**
     * Checks the beginning of keys to list: empty (every key), whole folder segments ending with {@code /}
     * ({@code vendor/0b6f.../}) or a key's beginning that stops inside a segment ({@code vendor/0b}), with the
     * characters and rules of a key.
     *
     * @return {@code prefix}.
     * @throws MediaException {@code MEDIA_OBJECT_KEY_INVALID} when no key could begin so.
     */
    public static String checkPrefix(String prefix) {
        if (prefix == null || prefix.length() > MAX_LENGTH || prefix.contains("..")
                || !PREFIX.matcher(prefix).matches()) {
            throw MediaException.invalidObjectKey(prefix);
        }
        return prefix;
    }

    /** @return the key's folder segments and name, in order. */
    public String[] segments() {
        return value.split("/");
    }

    @Override
    public String toString() {
        return value;
    }
}
