package com.wizamart.marketplace.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.commons.codec.digest.MurmurHash3;

import com.wizamart.marketplace.application.support.ContentIndex;

/**
 * A 64-bit hash of a record's raw values (names and values, in their order, each with its length) and of the version
 * of how they become a product (the platform's and the adapter's,
 * {@link com.wizamart.marketplace.spi.MarketplaceAdapter#mappingVersion()}): what one language's import stores about
 * a product follows from these, so equal hashes mean the record would be staged exactly as it is, and the import
 * skips it before it is even normalized (ADR 0008, ADR 0030).
 *
 * <p>MurmurHash3 (x64, 128 bits, the first 64 kept): not for security, but fast, and a change slipping through
 * unnoticed has a chance of about 2^-64. Nobody gains from a crafted collision: the records compared are the same
 * vendor's, of the same product. The names of a record's values are the same from record to record in most feeds
 * (a header): their bytes are encoded once and reused while the names stay the same. Not thread-safe: one instance
 * per reading thread.
 */
final class ContentHash {

    /**
     * The version of the platform's part in what a record becomes (the limits staging holds values to, what it
     * stores, how the hash is made): raise it with a change that stores the same raw values differently.
     */
    static final int PLATFORM_VERSION = 3;

    private final byte[] seed;
    /** The bytes hashed, reused from record to record. */
    private byte[] bytes = new byte[4096];
    private int length;
    /** The names of the last record, and their bytes as hashed (each with its length). */
    private String[] names = new String[0];
    private byte[] nameBytes = new byte[0];
    /** The names of the record being hashed. */
    private String[] current = new String[64];

    /** @param mappingVersion the adapter's {@link com.wizamart.marketplace.spi.MarketplaceAdapter#mappingVersion()}. */
    ContentHash(int mappingVersion) {
        seed = ("staging " + PLATFORM_VERSION + ", mapping " + mappingVersion).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The hash of: the versions; the number of values (four bytes); each value as its length in UTF-8 bytes (four
     * bytes, -1 for {@literal null}) followed by those bytes; then each name the same way. No two different records
     * give the same bytes, whatever characters their names and values hold.
     */
    long of(Map<String, String> raw) {
        length = 0;
        append(seed);
        int count = raw.size();
        appendInt(count);
        if (current.length < count) {
            current = new String[count];
        }
        boolean sameNames = count == names.length;
        int i = 0;
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String name = entry.getKey();
            sameNames = sameNames && name.equals(names[i]);
            current[i++] = name;
            String value = entry.getValue();
            append(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }
        if (!sameNames) {
            names = Arrays.copyOf(current, count);
            nameBytes = encoded(names);
        }
        room(nameBytes.length);
        System.arraycopy(nameBytes, 0, bytes, length, nameBytes.length);
        length += nameBytes.length;
        return ContentIndex.contentHash(MurmurHash3.hash128x64(bytes, 0, length, 0)[0]);
    }

    /** The names as hashed: each as its UTF-8 length (four bytes, big-endian) followed by those bytes. */
    private static byte[] encoded(String[] names) {
        byte[][] utf8 = new byte[names.length][];
        int size = 0;
        for (int i = 0; i < names.length; i++) {
            utf8[i] = names[i].getBytes(StandardCharsets.UTF_8);
            size += 4 + utf8[i].length;
        }
        ByteBuffer encoded = ByteBuffer.allocate(size);
        for (byte[] name : utf8) {
            encoded.putInt(name.length).put(name);
        }
        return encoded.array();
    }

    private void append(byte[] utf8) {
        int size = utf8 == null ? 0 : utf8.length;
        appendInt(utf8 == null ? -1 : size);
        if (utf8 != null) {
            room(size);
            System.arraycopy(utf8, 0, bytes, length, size);
            length += size;
        }
    }

    private void appendInt(int value) {
        room(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void room(int size) {
        if (length + size > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + size));
        }
    }
}
