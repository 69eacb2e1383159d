package com.wizamart.catalog.domain;

/** Where a refresh of published products from an import stands. */
public enum RefreshStatus {
    /** Applied at once (it stayed within the guardrail). */
    APPLIED,
    /** Held by the guardrail until the vendor approves or rejects it. */
    HELD,
    /** Held, then approved by the vendor and applied. */
    APPROVED,
    /** Held, then rejected by the vendor: nothing applied. */
    REJECTED
}
