package com.wizamart.media.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.application.port.out.ObjectStore.StoredObject;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.ObjectKeys;
import com.wizamart.media.domain.StoredVariant;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * Finds the display variant a public URL names ({@code /media/<vendorCode>/<sha256>/<variant>.<ext>}): only a variant
 * made for an object of that vendor, of an active shop. Originals are never served here (they may carry metadata;
 * the vendor's team downloads them through the API). A file no product uses any more is still served during the grace
 * period, so pages and caches that show it keep working.
 */
@Service
public class MediaServing {

    private final Vendors vendors;
    private final VendorScope vendorScope;
    private final MediaRecords records;
    private final ObjectStore store;

    MediaServing(Vendors vendors, VendorScope vendorScope, MediaRecords records, ObjectStore store) {
        this.vendors = vendors;
        this.vendorScope = vendorScope;
        this.records = records;
        this.store = store;
    }

    /**
     * @return the variant, without its content; empty for any name that is not a made variant of an object of this
     *         vendor (an unknown or closed shop, a malformed hash, an original, another vendor's content).
     */
    public Optional<VariantFile> find(String vendorCode, String sha256, String fileName) {
        Optional<VendorSummary> vendor = vendors.findByCode(vendorCode).filter(VendorSummary::active);
        if (vendor.isEmpty() || sha256.length() != 64) {
            return Optional.empty();
        }
        MediaHash hash;
        try {
            hash = MediaHash.parse(sha256);
        } catch (IllegalArgumentException notAHash) {
            return Optional.empty();
        }
        UUID vendorId = vendor.get().id();
        return vendorScope.callAs(vendorId, () -> records.findObject(hash)).flatMap(object -> object.variants()
                .stream().filter(v -> v.fileName().equals(fileName)).findFirst()
                .map(v -> new VariantFile(vendorId, hash, v)));
    }

    /**
     * @return the variant's content, open; the caller closes it.
     * @throws MediaException {@code MEDIA_FILE_NOT_FOUND} when the store lost it.
     */
    public StoredObject open(VariantFile file) {
        return store.get(ObjectKeys.variant(file.vendorId(), file.hash(), file.variant().fileName()))
                .orElseThrow(MediaException::fileNotFound);
    }

    /**
     * A variant to serve.
     *
     * @param vendorId its vendor.
     * @param hash     its original's SHA-256.
     * @param variant  which variant, and its length.
     */
    public record VariantFile(UUID vendorId, MediaHash hash, StoredVariant variant) {

        /** A strong validator: the content never changes under its name. */
        public String etag() {
            return "\"" + hash.hex() + "-" + variant.fileName() + "\"";
        }
    }
}
