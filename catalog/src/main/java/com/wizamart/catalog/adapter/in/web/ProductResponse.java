package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.ProductField;

/**
 * A product as the vendor's back office sees it: every language, the source it was published from, its locked
 * fields.
 *
 * @param name        the name in {@code language}.
 * @param language    the language of {@code name} and {@code description} (the requested one when the product has
 *                    a name in it, else the default language).
 * @param unitPrice   what a customer pays now (the sale price when there is one).
 * @param lockedFields fields imports leave alone, by key ({@code price}, {@code name.fr}), sorted.
 * @param taxCategory which of a destination's VAT rates applies when an order is taxed there ({@code STANDARD},
 *                    {@code REDUCED}, {@code SECOND_REDUCED}, {@code SUPER_REDUCED}, {@code PARKING}, {@code ZERO}).
 * @param availability {@code IN_STOCK}, {@code OUT_OF_STOCK}, {@code PREORDER} or {@code BACKORDER}.
 */
record ProductResponse(UUID id, String sku, String name, String description, String language,
                       String defaultLanguage, Map<String, String> names, Map<String, String> descriptions,
                       BigDecimal price, BigDecimal salePrice, BigDecimal unitPrice, String currency,
                       BigDecimal taxRate, String taxCategory, String brand, String gtin, List<String> images, String categoryPath,
                       boolean active, boolean featured, int availableQuantity, boolean inStock, long unitsSold,
                       Source source, Set<String> lockedFields, Instant createdAt, Instant updatedAt, long version,
                       String availability) {

    /** The staged marketplace product a product was published from. */
    record Source(UUID marketplaceProductId, String marketplace, String externalId, Integer feedQuantity) {
    }

    static ProductResponse of(ProductView view, String requestedLanguage) {
        Product p = view.product();
        String language = p.nameLanguage(requestedLanguage);
        Source source = p.source() == null ? null : new Source(p.source().stagedProductId(), p.source().marketplace(),
                p.source().externalId(), p.sourceQuantity());
        return new ProductResponse(p.id(), p.sku(), p.name(language), p.description(language), language,
                p.defaultLanguage(), p.names(), p.descriptions(), p.price(), p.salePrice(), p.unitPrice(),
                p.currency(), p.taxRate(), p.taxCategory().name(), p.brand(), p.gtin(), p.images(), p.categoryPath(), p.active(),
                p.featured(), view.availableQuantity(), view.availableQuantity() > 0, view.unitsSold(), source,
                new TreeSet<>(ProductField.keys(p.lockedFields())), p.createdAt(), p.updatedAt(), p.version(), p.availability().name());
    }
}
