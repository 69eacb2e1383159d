package com.wizamart.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A staged product as other modules see it: every language's texts and the language-independent facts of the
 * latest import.
 *
 * @param titles        title per language ({@code en}, {@code fr}, {@code de}); never empty.
 * @param descriptions  description per language (may hold HTML); may be empty.
 * @param price         the regular price, two decimals, in {@code currency}.
 * @param salePrice     a sale price, if any, in {@code saleCurrency}.
 * @param availability  {@code IN_STOCK}, {@code OUT_OF_STOCK}, {@code PREORDER}, {@code BACKORDER} or {@literal null}.
 * @param quantity      units in stock, if the feed says.
 * @param taxRate       VAT percent, if the feed says.
 * @param category      the category path ({@code A > B > C}), if the feed gives one: its product type, else its
 *                      Google product category when that is a path (not a numeric id).
 * @param attributes    the marketplace-specific values (colour, size, ...), by attribute name.
 * @param published     whether a catalog product was published from it.
 * @param lastJobId     the import job that last created or rewrote it.
 */
public record StagedProductView(UUID id, UUID vendorId, String marketplace, String externalId,
                                Map<String, String> titles, Map<String, String> descriptions, String link,
                                String imageLink, List<String> additionalImages, String availability,
                                BigDecimal price, String currency, BigDecimal salePrice, String saleCurrency,
                                String brand, String gtin, String mpn, String category, Integer quantity,
                                BigDecimal taxRate, Map<String, Object> attributes, boolean published,
                                UUID lastJobId, Instant updatedAt) {
}
