package com.wizamart.marketplace.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A staged product with every language and every raw column. */
public record StagedProductDetail(UUID id, UUID vendorId, String marketplace, String externalId,
                                  Map<String, String> titles, Map<String, String> descriptions, String link,
                                  String imageLink, List<String> additionalImages, String availability,
                                  BigDecimal price, String currency, BigDecimal salePrice, String saleCurrency,
                                  String brand, String gtin, String mpn, String condition,
                                  String googleProductCategory, String productType, String itemGroupId,
                                  String color, String size, String gender, String ageGroup,
                                  Boolean identifierExists, Boolean adult, Integer quantity, BigDecimal taxRate,
                                  String deliveryMethod, Map<String, Map<String, String>> raw, boolean published,
                                  UUID firstJobId, UUID lastJobId, Instant createdAt, Instant updatedAt) {
}
