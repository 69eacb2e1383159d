package com.wizamart.catalog.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.wizamart.sharedkernel.ValidationException;

/**
 * Which import refreshes wait for the vendor's approval (a vendor's catalog setting): those the operator's
 * {@link RefreshGuardrail} finds destructive, every one that changes a product, or none.
 */
public enum RefreshReview {

    /** The operator's guardrail decides: only a refresh that looks destructive is held. */
    GUARDED,
    /** Every refresh that would change at least one product is held for the vendor's approval. */
    ALWAYS,
    /**
     * No refresh is held, however much it changes: the vendor accepts that a broken feed is applied at once. The
     * changes are recorded all the same.
     */
    NEVER;

    /**
     * @param value a name such as {@code ALWAYS}, in any case; {@literal null} stays {@literal null}.
     * @throws ValidationException naming {@code field} for another value.
     */
    public static RefreshReview of(String field, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (RefreshReview r : values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw ValidationException.of(field, "must be one of " + List.of(values()));
    }

    /**
     * @param planned   the planned refresh, with the vendor's published products counted.
     * @param guardrail the operator's guardrail, asked only in {@link #GUARDED} mode.
     * @return why the refresh must wait for the vendor, or empty when it may be applied at once.
     */
    public Optional<String> holdReason(RefreshSummary planned, RefreshGuardrail guardrail) {
        return switch (this) {
            case GUARDED -> guardrail.holdReason(planned);
            case ALWAYS -> planned.productsChanged() == 0 ? Optional.empty()
                    : Optional.of("The shop reviews every import refresh: it would change "
                    + planned.productsChanged() + " of " + planned.publishedProducts() + " published products.");
            case NEVER -> Optional.empty();
        };
    }
}
