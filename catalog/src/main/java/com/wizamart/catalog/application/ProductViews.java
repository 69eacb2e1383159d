package com.wizamart.catalog.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.application.port.in.ProductQuery;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.spi.DisplayImage;
import com.wizamart.catalog.spi.ProductImages;

/**
 * Finding the bound vendor's products: the vendor's back office sees all of them, the public shop active ones only.
 * Full-text search ranks within the vendor's matches only (see {@link ProductQuery#text()}).
 */
@Service
public class ProductViews {

    private final ProductStore products;
    private final ObjectProvider<ProductImages> images;

    ProductViews(ProductStore products, ObjectProvider<ProductImages> images) {
        this.products = products;
        this.images = images;
    }

    /**
     * @return the stored images of these products (of the bound vendor), ready to show; none when no module stores
     *         images (see {@link ProductImages}).
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<DisplayImage>> images(Collection<UUID> productIds) {
        ProductImages stored = images.getIfAvailable();
        return stored == null || productIds.isEmpty() ? Map.of() : stored.of(productIds);
    }

    @Transactional(readOnly = true)
    public Page<ProductView> search(ProductQuery query, Pageable pageable) {
        return products.search(query, pageable);
    }

    /** @throws CatalogException {@code PRODUCT_NOT_FOUND}, also for an inactive product when {@code activeOnly}. */
    @Transactional(readOnly = true)
    public ProductView get(UUID id, boolean activeOnly) {
        return products.view(id, activeOnly).orElseThrow(CatalogException::productNotFound);
    }
}
