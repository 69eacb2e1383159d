package com.wizamart.marketplace.domain;

import java.util.UUID;

/**
 * What the catalog reported it did with an import's published products (its refresh): shown with the import job, so
 * a refresh that failed or skipped products is never hidden behind a {@code COMPLETED} import.
 *
 * @param status          the refresh's status: {@code APPLIED}, {@code HELD}, {@code APPROVED}, {@code REJECTED} or
 *                        {@code FAILED}.
 * @param productsApplied products whose changes applied.
 * @param productsSkipped products with a change that could not be applied.
 * @param message         why it is held or failed.
 */
public record CatalogRefresh(UUID refreshId, String status, int productsApplied, int productsSkipped,
                             String message) {

    /** @throws IllegalArgumentException without a refresh id or status, or with a negative count. */
    public CatalogRefresh {
        if (refreshId == null || status == null || status.isBlank()) {
            throw new IllegalArgumentException("a catalog refresh has an id and a status");
        }
        if (productsApplied < 0 || productsSkipped < 0) {
            throw new IllegalArgumentException("a catalog refresh's product counts cannot be negative");
        }
    }
}
