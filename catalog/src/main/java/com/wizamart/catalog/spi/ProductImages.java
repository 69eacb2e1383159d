package com.wizamart.catalog.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored images of the bound vendor's products, ready to show: for the product pages of the shop.
 */
public interface ProductImages {

    /**
     * @param productIds products of the vendor bound to the caller ({@code VendorContext}); others are not found.
     * @return per product that has any, its images whose display variants are ready: the main image first, then the
     *         others in their order. Products without such images are not in the map.
     */
    Map<UUID, List<DisplayImage>> of(Collection<UUID> productIds);
}
