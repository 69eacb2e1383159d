package com.wizamart.marketplace.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.wizamart.marketplace.domain.ImportJob;

/** Import jobs to their API shape (flattening the counts, adding the progress share). */
@Mapper
interface ImportJobWebMapper {

    @Mapping(target = "rowsProcessed", source = "counts.rowsProcessed")
    @Mapping(target = "created", source = "counts.created")
    @Mapping(target = "updated", source = "counts.updated")
    @Mapping(target = "unchanged", source = "counts.unchanged")
    @Mapping(target = "failed", source = "counts.failed")
    @Mapping(target = "progress", expression = "java(progress(job))")
    ImportJobResponse toResponse(ImportJob job);

    /** Share of the feed's bytes read: 1 once final, unknown while the size is unknown. */
    default Double progress(ImportJob job) {
        if (job.status().isFinal()) {
            return 1.0;
        }
        return job.bytesTotal() == null || job.bytesTotal() == 0 ? null
                : Math.min(1.0, (double) job.bytesRead() / job.bytesTotal());
    }
}
