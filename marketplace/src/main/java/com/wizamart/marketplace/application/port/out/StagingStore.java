package com.wizamart.marketplace.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.marketplace.spi.FeedProduct;

/** Staged marketplace products (vendor-owned, Row-Level Security). */
public interface StagingStore {

    /**
     * Upserts one chunk (ids unique within it) in the caller's transaction, rewriting only rows whose facts or
     * texts in {@code language} changed.
     */
    ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, List<FeedProduct> chunk);

    Page<StagedProductSummary> search(StagedProductQuery query, Pageable pageable);

    Optional<StagedProductDetail> find(UUID id);

    /** What a chunk did. */
    record ChunkResult(long created, long updated, long unchanged) {
    }

    /** Filters of the staged product list; {@literal null} means any. */
    record StagedProductQuery(String marketplace, String search, String brand, Boolean published, UUID jobId,
                              String language) {
    }
}
