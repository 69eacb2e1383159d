package com.wizamart.inventory.application.port.out;

import java.util.UUID;

/** Whether a product is the vendor's, as far as the catalog can tell. */
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

    Verdict check(UUID vendorId, UUID productId);
}
