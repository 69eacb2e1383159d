package com.wizamart.media.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a vendor's files are in the object store: {@code vendor/<vendorId>/<sha256>/original.<ext>} and
 * {@code vendor/<vendorId>/<sha256>/<variant>.<ext>} (ADR 0037). Content-addressed per vendor: one vendor's
 * identical bytes never share another vendor's files.
 */
public final class ObjectKeys {

    private static final String ORIGINAL = "original";

    private ObjectKeys() {
    }

    /** @return the folder of all of a vendor's files, e.g. {@code vendor/0b6f.../}, to list them. */
    public static String vendorPrefix(UUID vendorId) {
        return "vendor/" + vendorId + "/";
    }

    /** @return the key of an original of {@code type}. */
    public static ObjectKey original(UUID vendorId, MediaHash hash, ImageType type) {
        return ObjectKey.of(vendorPrefix(vendorId) + hash.hex() + "/" + ORIGINAL + "." + type.extension());
    }

    /** @return the key of a stored variant. */
    public static ObjectKey variant(UUID vendorId, MediaHash hash, String fileName) {
        return ObjectKey.of(vendorPrefix(vendorId) + hash.hex() + "/" + fileName);
    }

    /**
     * @return the vendor and content a key of this layout belongs to; empty for a key of another layout.
     */
    public static Optional<Owner> ownerOf(ObjectKey key) {
        String[] segments = key.segments();
        if (segments.length != 4 || !segments[0].equals("vendor")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(UUID.fromString(segments[1]), MediaHash.parse(segments[2])));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * The vendor and content a stored file belongs to.
     *
     * @param vendorId the vendor.
     * @param hash     the original's SHA-256.
     */
    public record Owner(UUID vendorId, MediaHash hash) {
    }
}
