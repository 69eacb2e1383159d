package com.wizamart.ordering.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices and facts of a vendor's products, as ordering (carts, checkout) and inventory need them. Implemented by
 * catalog. Every method answers only products of the given vendor: another vendor's product is "not found".
 */
public interface ProductCatalog {

    /** @return the product, active or not, if the vendor has it. */
    Optional<CatalogProduct> find(UUID vendorId, UUID productId);

    /** @return the vendor's products among {@code productIds}, by id (missing ids are absent). */
    Map<UUID, CatalogProduct> findAll(UUID vendorId, Collection<UUID> productIds);

    /**
     * @return the one currency the vendor's shop sells in (ISO 4217): a cart totals and orders only lines priced in
     *         it.
     */
    String shopCurrency(UUID vendorId);
}
