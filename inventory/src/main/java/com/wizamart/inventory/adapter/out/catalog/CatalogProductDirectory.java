package com.wizamart.inventory.adapter.out.catalog;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.wizamart.inventory.application.port.out.ProductDirectory;
import com.wizamart.ordering.spi.ProductCatalog;

/**
 * Asks catalog (through ordering's {@link ProductCatalog} port) whether a product is the vendor's. The catalog is
 * optional: without an implementation in the application, every product is {@link Verdict#UNVERIFIED} and
 * inventory decides from its own data.
 */
@Component
class CatalogProductDirectory implements ProductDirectory {

    private final ObjectProvider<ProductCatalog> catalog;

    CatalogProductDirectory(ObjectProvider<ProductCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict check(UUID vendorId, UUID productId) {
        ProductCatalog products = catalog.getIfUnique();
        if (products == null) {
            return Verdict.UNVERIFIED;
        }
        return products.find(vendorId, productId).isPresent() ? Verdict.KNOWN : Verdict.UNKNOWN;
    }
}
