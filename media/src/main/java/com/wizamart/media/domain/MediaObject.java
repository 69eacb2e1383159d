package com.wizamart.media.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored original of a vendor, with what is known of its display variants. The same bytes are one object per
 * vendor, however many products use them.
 *
 * @param id             its id.
 * @param vendorId       its vendor.
 * @param hash           the original's SHA-256: its name in storage and in URLs.
 * @param type           the original's format.
 * @param size           the original's width and height.
 * @param bytes          the original's length.
 * @param variantsStatus {@code PENDING} until the variant job ran, then {@code READY} or {@code FAILED}.
 * @param variants       the stored variants ({@code READY}), by size then format.
 * @param variantsError  the error code when {@code FAILED}, else {@literal null}.
 */
public record MediaObject(UUID id, UUID vendorId, MediaHash hash, ImageType type, PixelSize size, long bytes,
                          ImageStatus variantsStatus, List<StoredVariant> variants, String variantsError) {

    public MediaObject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(variantsStatus, "variantsStatus");
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** @return the key of the original in the object store. */
    public ObjectKey originalKey() {
        return ObjectKeys.original(vendorId, hash, type);
    }

    /** @return the keys of the stored variants. */
    public List<ObjectKey> variantKeys() {
        return variants.stream().map(v -> ObjectKeys.variant(vendorId, hash, v.fileName())).toList();
    }

    /** @return the bytes it takes in storage: the original and its variants. */
    public long storedBytes() {
        return bytes + variants.stream().mapToLong(StoredVariant::bytes).sum();
    }
}
