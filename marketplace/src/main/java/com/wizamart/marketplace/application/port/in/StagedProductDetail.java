package com.wizamart.marketplace.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A staged product with every language and every raw value.
 *
 * @param attributes  the marketplace-specific values by attribute name ({@link String}, {@link Boolean} or number).
 * @param raw         per language, what the source said (see {@code FeedProduct} for the naming of raw values).
 * @param lastChanges what the latest import that changed the product's facts changed, and per language what the
 *                    latest import that changed its title or description changed; empty when no import changed it
 *                    since it was staged.
 */
public record StagedProductDetail(UUID id, UUID vendorId, String marketplace, String externalId,
                                  Map<String, String> titles, Map<String, String> descriptions, String link,
                                  String imageLink, List<String> additionalImages, String availability,
                                  BigDecimal price, String currency, BigDecimal salePrice, String saleCurrency,
                                  String brand, String gtin, String mpn, String condition, String productType,
                                  String itemGroupId, Integer quantity, BigDecimal taxRate,
                                  Map<String, Object> attributes, Map<String, Map<String, String>> raw,
                                  boolean published,
                                  UUID firstJobId, UUID lastJobId, Instant createdAt, Instant updatedAt,
                                  List<Change> lastChanges) {

    /**
     * One value an import changed.
     *
     * @param field    the detail's name of the value ({@code price}, {@code attributes.color}, {@code title}, ...).
     * @param language the language of a {@code title} or {@code description}; {@literal null} for facts.
     * @param from     the value before that import ({@literal null}: none).
     * @param to       the value that import staged, which is the value now.
     * @param jobId    the import job that made the change.
     */
    public record Change(String field, String language, Object from, Object to, UUID jobId) {
    }
}
