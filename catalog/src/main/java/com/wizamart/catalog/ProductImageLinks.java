package com.wizamart.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The image links of a vendor's product, as the catalog holds them ({@code images}: from the feed, or edited and
 * locked by the vendor). Media reads them when a product is published, updated or removed, and checks with it that a
 * product exists before it takes an upload for it.
 */
public interface ProductImageLinks {

    /**
     * @param vendorId  the product's vendor; the lookup runs bound to it, so another vendor's product is not found.
     * @param productId the product.
     * @return the product's image links in their order (possibly none), or empty when the vendor has no such product.
     */
    Optional<List<String>> imageLinks(UUID vendorId, UUID productId);
}
