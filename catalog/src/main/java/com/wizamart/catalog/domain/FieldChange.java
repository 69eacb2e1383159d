package com.wizamart.catalog.domain;

import java.util.Objects;

/**
 * One field of a product that an import changes (or would change), with its values as text: amounts with two
 * decimals, image lists one URL per line, {@literal null} for none.
 *
 * @param field   a field key such as {@code price} or {@code name.fr} (see {@link ProductField}).
 * @param from    the product's value when the change was planned.
 * @param to      the feed's value.
 * @param outcome what became of the change.
 */
public record FieldChange(String field, String from, String to, Outcome outcome) {

    /** What became of a change. */
    public enum Outcome {
        /** Planned, not applied yet (applied at once, or when the vendor approves a held refresh). */
        PENDING,
        /** Applied to the product. */
        APPLIED,
        /** Not applied: the vendor locked the field. */
        KEPT_LOCKED,
        /** Not applied: the field changed since the change was planned. */
        SKIPPED_STALE,
        /** Not applied: it would break a rule (a sale price above the price). */
        SKIPPED_INVALID,
        /** Not applied: the vendor rejected the held refresh. */
        REJECTED
    }

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(outcome, "outcome");
    }

    public FieldChange with(Outcome next) {
        return new FieldChange(field, from, to, next);
    }
}
