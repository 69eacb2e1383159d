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

    /**
     * @return the vendor's products among {@code productIds}, by id (missing ids are absent), named in their default
     *         language.
     */
    default Map<UUID, CatalogProduct> findAll(UUID vendorId, Collection<UUID> productIds) {
        return findAll(vendorId, productIds, null);
    }

    /**
     * @param languages the languages the shopper reads, as an HTTP {@code Accept-Language} value (RFC 9110: tags with
     *                  optional q-values, e.g. {@code fr-LU, de;q=0.8}); {@literal null} or blank for none.
     * @return the vendor's products among {@code productIds}, by id (missing ids are absent), each named in the
     *         catalog language the shopper prefers most (the one product pages show for the same header), falling
     *         back to the product's default language where the product has no name in it.
     */
    Map<UUID, CatalogProduct> findAll(UUID vendorId, Collection<UUID> productIds, String languages);

    /**
     * @return the one currency the vendor's shop sells in (ISO 4217): a cart totals and orders only lines priced in
     *         it.
     */
    String shopCurrency(UUID vendorId);
}
