package com.wizamart.inventory.adapter.out.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.wizamart.inventory.application.port.out.ProductDirectory;
import com.wizamart.ordering.spi.ProductCatalog;

/**
 * Asks catalog (through ordering's {@link ProductCatalog} port) whether a product is the vendor's, and how its
 * products are named. The catalog is optional: without an implementation in the application, every product is
 * {@link Verdict#UNVERIFIED}, has no label, and inventory decides from its own data.
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

    @Override
    public Map<UUID, Label> labels(UUID vendorId, Collection<UUID> productIds) {
        Map<UUID, Label> labels = new LinkedHashMap<>();
        ProductCatalog products = catalog.getIfUnique();
        if (products == null || productIds.isEmpty()) {
            return labels;
        }
        products.findAll(vendorId, productIds).forEach((id, p) -> labels.put(id, new Label(p.sku(), p.name())));
        return labels;
    }
}
