package com.wizamart.catalog.domain;

import java.util.Objects;

/**
 * One field of a product that an import changes (or would change), with its values as text: amounts with two
 * decimals, image lists one URL per line, {@literal null} for none.
 *
 * @param field      the field, e.g. {@link ProductField#PRICE} or {@link ProductField#NAME_FR}.
 * @param from       the value it replaces: the product's value when the change was planned, or, once applied, the
 *                   value it replaced then (for {@code quantity}: the on-hand stock at the feed location).
 * @param to         the feed's value.
 * @param outcome    what became of the change.
 * @param reasonCode why it was not applied ({@literal null} while pending and once applied).
 * @param reason     the same, readable.
 */
public record FieldChange(ProductField field, String from, String to, Outcome outcome, ChangeReason reasonCode,
                          String reason) {

    /** What became of a change. */
    public enum Outcome {
        /** Planned, not applied yet (applied at once, or when the vendor approves a held refresh). */
        PENDING(null),
        /** Applied to the product. */
        APPLIED(null),
        /** Not applied: the vendor locked the field. */
        KEPT_LOCKED(ChangeReason.FIELD_LOCKED),
        /** Not applied: the vendor rejected this value before, and the feed still presents it. */
        KEPT_REJECTED(ChangeReason.VALUE_REJECTED),
        /** Not applied: the vendor's settings leave stock or prices to people in the platform. */
        KEPT_PLATFORM_OWNED(ChangeReason.PLATFORM_OWNS_PRICE),
        /** Not applied: the field changed since the change was planned (or the product is gone). */
        SKIPPED_STALE(ChangeReason.CHANGED_SINCE_PLANNED),
        /** Not applied: it would break a rule (a sale price above the price). */
        SKIPPED_INVALID(ChangeReason.SALE_PRICE_ABOVE_PRICE),
        /** Not applied: open orders hold more units at the feed location than the feed's quantity. */
        SKIPPED_STOCK_RESERVED(ChangeReason.STOCK_RESERVED),
        /** Not applied: the vendor rejected the held refresh. */
        REJECTED(ChangeReason.REFRESH_REJECTED);

        private final ChangeReason reason;

        Outcome(ChangeReason reason) {
            this.reason = reason;
        }

        /** @return whether the change could not be applied though nothing meant to keep it (a product skipped). */
        public boolean skipped() {
            return this == SKIPPED_STALE || this == SKIPPED_INVALID || this == SKIPPED_STOCK_RESERVED;
        }
    }

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(outcome, "outcome");
        if (reasonCode != null && reason == null) {
            reason = reasonCode.message();
        }
    }

    /** A change without a reason (pending or applied), or with its outcome's usual reason. */
    public FieldChange(ProductField field, String from, String to, Outcome outcome) {
        this(field, from, to, outcome, outcome.reason, null);
    }

    /** @return this change with another outcome and that outcome's usual reason. */
    public FieldChange with(Outcome next) {
        return new FieldChange(field, from, to, next, next.reason, null);
    }

    /** @return this change with another outcome, for the given reason. */
    public FieldChange with(Outcome next, ChangeReason why, String message) {
        return new FieldChange(field, from, to, next, why, message);
    }

    /** @return this change applied, replacing {@code replaced} (the value it found when applied). */
    public FieldChange appliedOver(String replaced) {
        return new FieldChange(field, replaced, to, Outcome.APPLIED, null, null);
    }
}
