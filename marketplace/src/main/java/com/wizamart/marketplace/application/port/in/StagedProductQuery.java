package com.wizamart.marketplace.application.port.in;

import java.util.UUID;

/** Filters of the staged product list; {@literal null} means any. */
public record StagedProductQuery(String marketplace, String search, String brand, Boolean published, UUID jobId,
                                 String language) {
}
