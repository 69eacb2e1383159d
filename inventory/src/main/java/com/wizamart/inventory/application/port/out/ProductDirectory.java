package com.wizamart.inventory.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What the catalog knows of the vendor's products: whether it has one, and how to name it. */
public interface ProductDirectory {

    /** The catalog's answer. */
    enum Verdict {
        /** The catalog has the product, for this vendor. */
        KNOWN,
        /** The catalog does not have it (or it is another vendor's). */
        UNKNOWN,
        /** No catalog is there to ask; inventory decides from its own data. */
        UNVERIFIED
    }

    /**
     * How a product is named in views.
     *
     * @param name in the product's default language.
     */
    record Label(String sku, String name) {
    }

    Verdict check(UUID vendorId, UUID productId);

    /**
     * The names of many products, asked of the catalog at once (one question per page of a list, never one per row).
     *
     * @return a label per product the catalog has for the vendor; products it does not have (removed, another
     *         vendor's, or no catalog at all) are absent.
     */
    Map<UUID, Label> labels(UUID vendorId, Collection<UUID> productIds);
}
