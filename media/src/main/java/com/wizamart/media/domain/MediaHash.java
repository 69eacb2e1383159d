package com.wizamart.media.domain;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of an original file's bytes, as 64 lowercase hex digits: the name under which a vendor's file and its
 * variants are stored and served, so equal bytes get one name and new bytes always a new one.
 *
 * @param hex 64 lowercase hexadecimal digits.
 */
public record MediaHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public MediaHash {
        Objects.requireNonNull(hex, "hex");
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lowercase hex: " + hex);
        }
    }

    /** The hash of these bytes. */
    public static MediaHash of(byte[] bytes) {
        return new MediaHash(HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    /**
     * The hash of everything the stream still has, read in small buffers (for an original kept in a file). The stream
     * is read to its end and left open.
     */
    public static MediaHash of(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[16 * 1024];
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return new MediaHash(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Reads a hash from text, e.g. a URL's path segment.
     *
     * @throws IllegalArgumentException when the text is not 64 lowercase hex digits.
     */
    public static MediaHash parse(String hex) {
        return new MediaHash(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
