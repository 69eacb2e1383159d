package com.wizamart.catalog.application;

import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.ProductImageLinks;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.domain.Languages;
import com.wizamart.catalog.domain.Product;
import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.tenancy.VendorScope;

/**
 * Ordering's view of the catalog ({@link ProductCatalog}): prices, availability and facts of a vendor's products,
 * and the currency its shop sells in, read in the caller's transaction (so checkout prices what it reserves); and
 * media's view, a product's image links ({@link ProductImageLinks}).
 */
@Service
public class ProductLookup implements ProductCatalog, ProductImageLinks {

    private final ProductStore products;
    private final CatalogSetup settings;
    private final VendorScope vendorScope;

    ProductLookup(ProductStore products, CatalogSetup settings, VendorScope vendorScope) {
        this.products = products;
        this.settings = settings;
        this.vendorScope = vendorScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogProduct> find(UUID vendorId, UUID productId) {
        return vendorScope.callAs(vendorId, () -> products.find(productId).map(ProductLookup::toCatalogProduct));
    }

    /** Names in the language product pages show for the same {@code Accept-Language} ({@link Languages#preferred}). */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, CatalogProduct> findAll(UUID vendorId, Collection<UUID> productIds, String languages) {
        Map<UUID, CatalogProduct> found = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        String language = Languages.preferred(languages);
        vendorScope.runAs(vendorId, () -> products.findAll(productIds)
                .forEach(p -> found.put(p.id(), toCatalogProduct(p, language))));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public String shopCurrency(UUID vendorId) {
        return vendorScope.callAs(vendorId, () -> settings.current().currency());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<String>> imageLinks(UUID vendorId, UUID productId) {
        return vendorScope.callAs(vendorId, () -> products.find(productId).map(Product::images));
    }

    private static CatalogProduct toCatalogProduct(Product p) {
        return toCatalogProduct(p, null);
    }

    /** @param language {@literal null}: the product's default language. */
    private static CatalogProduct toCatalogProduct(Product p, String language) {
        return new CatalogProduct(p.id(), p.vendorId(), p.sku(), p.name(language), p.unitPrice(), p.currency(),
                p.taxRate(), p.active(), p.taxCategory().name(),
                CatalogProduct.Availability.valueOf(p.availability().name()));
    }
}
