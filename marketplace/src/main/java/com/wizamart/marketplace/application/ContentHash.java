package com.wizamart.marketplace.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

import com.wizamart.marketplace.application.support.ContentIndex;

/**
 * A 64-bit hash of a record's raw values (names and values, in their order, each with its length) and of the version of how they become a
 * product (the platform's and the adapter's, {@link com.wizamart.marketplace.spi.MarketplaceAdapter#mappingVersion()}):
 * what one language's import stores about a product follows from these, so equal hashes mean the record would be
 * staged exactly as it is, and the import skips it before it is even normalized (ADR 0008, ADR 0030). MD5 truncated
 * to 64 bits: not for security, but a change slipping through unnoticed has a chance of 2^-64. Not thread-safe: one
 * instance per reading thread.
 */
final class ContentHash {

    /**
     * The version of the platform's part in what a record becomes (the limits staging holds values to, what it
     * stores): raise it with a change that stores the same raw values differently.
     */
    static final int PLATFORM_VERSION = 2;

    private final MessageDigest md5;
    private final byte[] seed;
    /** The UTF-8 bytes of what is hashed, reused from record to record. */
    private byte[] bytes = new byte[4096];
    private int length;

    /** @param mappingVersion the adapter's {@link com.wizamart.marketplace.spi.MarketplaceAdapter#mappingVersion()}. */
    ContentHash(int mappingVersion) {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        seed = ("staging " + PLATFORM_VERSION + ", mapping " + mappingVersion).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The hash of the versions, then each raw name and value as its length in UTF-8 bytes (four bytes, -1 for
     * {@literal null}) followed by those bytes: no two different records give the same bytes, whatever characters
     * their names and values hold.
     */
    long of(Map<String, String> raw) {
        length = 0;
        append(seed);
        raw.forEach((name, value) -> {
            append(name.getBytes(StandardCharsets.UTF_8));
            append(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        });
        md5.update(bytes, 0, length);
        return ContentIndex.contentHash(ByteBuffer.wrap(md5.digest()).getLong());
    }

    private void append(byte[] utf8) {
        int size = utf8 == null ? 0 : utf8.length;
        if (length + size + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + size + 4));
        }
        int prefix = utf8 == null ? -1 : size;
        bytes[length++] = (byte) (prefix >>> 24);
        bytes[length++] = (byte) (prefix >>> 16);
        bytes[length++] = (byte) (prefix >>> 8);
        bytes[length++] = (byte) prefix;
        if (utf8 != null) {
            System.arraycopy(utf8, 0, bytes, length, size);
            length += size;
        }
    }
}
