package com.wizamart.catalog.application;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.application.port.in.ProductQuery;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.domain.CatalogException;

/**
 * Finding the bound vendor's products: the vendor's back office sees all of them, the public shop active ones only.
 * Full-text search ranks within the vendor's matches only (see {@link ProductQuery#text()}).
 */
@Service
public class ProductViews {

    private final ProductStore products;

    ProductViews(ProductStore products) {
        this.products = products;
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
