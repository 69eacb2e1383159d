package com.wizamart.marketplace;

import java.util.UUID;

/**
 * Where the catalog records what it did with a completed import's published products, so the vendor sees it with
 * the import (the catalog depends on marketplace, never the reverse). Every method works within the given vendor
 * only and joins the caller's transaction.
 */
public interface ImportRefreshReports {

    /**
     * Records (or replaces) the refresh outcome of the vendor's import job; an unknown job (or another vendor's) is
     * left alone.
     *
     * @param report must not be {@literal null}.
     */
    void record(UUID vendorId, UUID jobId, ImportRefreshReport report);
}
