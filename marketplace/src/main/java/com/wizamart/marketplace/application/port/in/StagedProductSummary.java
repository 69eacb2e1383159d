package com.wizamart.marketplace.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A staged product in lists: title in the requested (or first available) language. */
public record StagedProductSummary(UUID id, String marketplace, String externalId, String title,
                                   List<String> languages, String brand, String gtin, BigDecimal price,
                                   String currency, String availability, Integer quantity, String imageLink,
                                   boolean published, UUID lastJobId, Instant updatedAt) {
}
