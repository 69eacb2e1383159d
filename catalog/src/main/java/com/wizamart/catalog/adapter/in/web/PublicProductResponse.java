package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.spi.DisplayImage;

/**
 * A product as the shop shows it, in one language.
 *
 * @param language          the language of {@code name} and {@code description}.
 * @param unitPrice         what a customer pays now (the sale price when there is one).
 * @param availableQuantity units in stock to order now.
 * @param availability      {@code IN_STOCK}, {@code OUT_OF_STOCK} (not orderable), {@code PREORDER} or
 *                          {@code BACKORDER} (orderable beyond {@code availableQuantity}).
 * @param images            the image links the product carries (from its feed, or as edited), as they are.
 * @param media             its stored images, ready to show (main first): URLs per variant and format, served by
 *                          the platform; empty while none is ready.
 */
record PublicProductResponse(UUID id, String sku, String name, String description, String language, String brand,
                             String gtin, BigDecimal price, BigDecimal salePrice, BigDecimal unitPrice,
                             String currency, BigDecimal taxRate, List<String> images, String categoryPath,
                             boolean featured, int availableQuantity, boolean inStock, String availability,
                             List<DisplayImage> media) {

    static PublicProductResponse of(ProductView view, String requestedLanguage, List<DisplayImage> media) {
        Product p = view.product();
        String language = p.nameLanguage(requestedLanguage);
        return new PublicProductResponse(p.id(), p.sku(), p.name(language), p.description(language), language,
                p.brand(), p.gtin(), p.price(), p.salePrice(), p.unitPrice(), p.currency(), p.taxRate(), p.images(),
                p.categoryPath(), p.featured(), view.availableQuantity(), view.availableQuantity() > 0,
                p.availability().name(), media == null ? List.of() : media);
    }
}
