package com.wizamart.marketplace.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import com.wizamart.marketplace.domain.ImportJob;

/** An import job as the API shows it. */
record ImportJobResponse(UUID id, UUID vendorId, String marketplace, String language, String source,
                         String sourceUrl, String sourceName, String status, Long rowsTotal, long rowsProcessed,
                         long bytesRead, Long bytesTotal, Double progress, long created, long updated,
                         long unchanged, long failed, long errorCount, String message, boolean cancelRequested,
                         Instant createdAt, Instant startedAt, Instant finishedAt) {

    static ImportJobResponse of(ImportJob j) {
        Double progress = j.status().isFinal() ? Double.valueOf(1.0)
                : j.bytesTotal() == null || j.bytesTotal() == 0 ? null
                : Math.min(1.0, (double) j.bytesRead() / j.bytesTotal());
        return new ImportJobResponse(j.id(), j.vendorId(), j.marketplace(), j.language(), j.source().name(),
                j.sourceUrl(), j.sourceName(), j.status().name(), j.rowsTotal(), j.counts().rowsProcessed(),
                j.bytesRead(), j.bytesTotal(), progress, j.counts().created(), j.counts().updated(),
                j.counts().unchanged(), j.counts().failed(), j.errorCount(), j.message(), j.cancelRequested(),
                j.createdAt(), j.startedAt(), j.finishedAt());
    }
}
