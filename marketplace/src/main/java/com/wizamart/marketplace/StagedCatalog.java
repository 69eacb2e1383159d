package com.wizamart.marketplace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staged marketplace products as the catalog needs them: to publish one, to refresh the published ones after an
 * import, and to keep the staged list's {@code published} flag in step. Every method works within the given vendor
 * only: another vendor's staged product is "not found".
 */
public interface StagedCatalog {

    /** @return the staged product, if the vendor has it. */
    Optional<StagedProductView> find(UUID vendorId, UUID stagedId);

    /**
     * The vendor's published staged products that the import job created or rewrote (their facts or texts changed,
     * {@code last_job_id = jobId}), in id order, one page at a time. Rows the job found unchanged are not among them.
     *
     * @param afterId the last id of the previous page, or {@literal null} for the first page.
     * @param limit   page size, at least 1.
     */
    List<StagedProductView> publishedChangedBy(UUID vendorId, UUID jobId, UUID afterId, int limit);

    /** @return how many of the vendor's staged products of {@code marketplace} have a title in {@code language}. */
    long countWithLanguage(UUID vendorId, String marketplace, String language);

    /** Marks staged products as published (unless they already are); unknown ids are ignored. */
    void markPublished(UUID vendorId, Collection<UUID> stagedIds);

    /** Marks staged products as not published any more (their catalog product was deleted). */
    void markUnpublished(UUID vendorId, Collection<UUID> stagedIds);
}
