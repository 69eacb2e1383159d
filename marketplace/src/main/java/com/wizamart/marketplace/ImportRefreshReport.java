package com.wizamart.marketplace;

import java.util.Objects;
import java.util.UUID;

/**
 * What the catalog did with an import's published products (its refresh).
 *
 * @param refreshId       the catalog's refresh.
 * @param status          the refresh's status: {@code APPLIED}, {@code HELD}, {@code APPROVED}, {@code REJECTED} or
 *                        {@code FAILED}.
 * @param productsApplied products whose changes applied.
 * @param productsSkipped products with a change that could not be applied (the refresh's changes say why).
 * @param message         why it is held or failed; {@literal null} otherwise.
 */
public record ImportRefreshReport(UUID refreshId, String status, int productsApplied, int productsSkipped,
                                  String message) {

    public ImportRefreshReport {
        Objects.requireNonNull(refreshId, "refreshId");
        Objects.requireNonNull(status, "status");
    }
}
