package com.wizamart.catalog.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The staged marketplace product a catalog product was published from; a later import refreshes the product from
 * it (except the fields the vendor locked).
 *
 * @param stagedProductId the staged product's id in the marketplace module.
 * @param marketplace     the name of the marketplace adapter it was imported with.
 * @param externalId      the product's id at the marketplace (the feed's {@code id} column).
 */
public record ProductSource(UUID stagedProductId, String marketplace, String externalId) {

    public ProductSource {
        Objects.requireNonNull(stagedProductId, "stagedProductId");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(externalId, "externalId");
    }
}
