package com.wizamart.marketplace.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.wizamart.marketplace.application.port.in.StagedProductDetail;

/** Staged products as the catalog reads and flags them (vendor-owned, Row-Level Security). */
public interface StagedCatalogStore {

    /** Published products the job created or rewrote, in id order, after {@code afterId} (keyset paging). */
    List<StagedProductDetail> publishedChangedBy(UUID jobId, UUID afterId, int limit);

    long countWithLanguage(String marketplace, String language);

    void markPublished(Collection<UUID> ids, Instant at);

    void markUnpublished(Collection<UUID> ids);
}
