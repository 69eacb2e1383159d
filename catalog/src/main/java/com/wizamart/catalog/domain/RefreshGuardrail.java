package com.wizamart.catalog.domain;

import java.util.Optional;

/**
 * Holds a refresh for the vendor's approval when it looks destructive: it would change more than
 * {@code maxChangedShare} of the vendor's published products, or drop the stock of more than
 * {@code maxZeroedStockShare} of them to zero. Catalogs smaller than {@code minPublishedProducts} are never held
 * (a handful of products changing is no sign of a broken feed).
 */
public record RefreshGuardrail(double maxChangedShare, double maxZeroedStockShare, int minPublishedProducts) {

    public RefreshGuardrail {
        if (maxChangedShare <= 0 || maxChangedShare > 1 || maxZeroedStockShare <= 0 || maxZeroedStockShare > 1) {
            throw new IllegalArgumentException("shares must be in (0, 1]");
        }
        if (minPublishedProducts < 0) {
            throw new IllegalArgumentException("minPublishedProducts must not be negative");
        }
    }

    /** @return why the refresh must wait for the vendor, or empty when it may be applied at once. */
    public Optional<String> holdReason(RefreshSummary s) {
        int published = s.publishedProducts();
        if (published == 0 || published < minPublishedProducts) {
            return Optional.empty();
        }
        if (s.stockZeroed() > maxZeroedStockShare * published) {
            return Optional.of("It would set the stock of " + s.stockZeroed() + " of " + published
                    + " published products to zero (more than " + percent(maxZeroedStockShare) + ").");
        }
        if (s.productsChanged() > maxChangedShare * published) {
            return Optional.of("It would change " + s.productsChanged() + " of " + published
                    + " published products (more than " + percent(maxChangedShare) + ").");
        }
        return Optional.empty();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
