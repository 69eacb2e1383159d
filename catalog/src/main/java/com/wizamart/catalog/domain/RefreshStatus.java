package com.wizamart.catalog.domain;

/** Where a refresh of published products from an import stands. */
public enum RefreshStatus {
    /**
     * Applied at once (it stayed within the guardrail, or the vendor reviews no refresh); products that could not be
     * applied are counted as skipped.
     */
    APPLIED,
    /**
     * Held until the vendor approves or rejects it: by the guardrail, or because the vendor reviews every refresh.
     */
    HELD,
    /** Held, then approved by the vendor and applied. */
    APPROVED,
    /** Held, then rejected by the vendor: nothing applied. */
    REJECTED,
    /**
     * An unexpected error stopped it; nothing of the attempt was applied. Waits for the vendor to retry it (never
     * retried silently).
     */
    FAILED
}
