package com.wizamart.marketplace.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.wizamart.marketplace.domain.ImportJob;

/** Import jobs to their API shape (flattening the counts, adding the progress share, the URL without credentials). */
@Mapper
interface ImportJobWebMapper {

    @Mapping(target = "rowsProcessed", source = "counts.rowsProcessed")
    @Mapping(target = "created", source = "counts.created")
    @Mapping(target = "updated", source = "counts.updated")
    @Mapping(target = "unchanged", source = "counts.unchanged")
    @Mapping(target = "failed", source = "counts.failed")
    @Mapping(target = "progress", expression = "java(progress(job))")
    @Mapping(target = "sourceUrl", expression = "java(job.shownSourceUrl())")
    @Mapping(target = "sourceName", expression = "java(job.shownSourceName())")
    @Mapping(target = "message", expression = "java(message(job))")
    ImportJobResponse toResponse(ImportJob job);

    /** Whoever may see a job may not see its URL's credentials: a message that quotes the URL shows it without them. */
    default String message(ImportJob job) {
        return job.message() == null || job.sourceUrl() == null ? job.message()
                : job.message().replace(job.sourceUrl(), job.shownSourceUrl());
    }

    /** Share of the feed's bytes read: 1 once final, unknown while the size is unknown. */
    default Double progress(ImportJob job) {
        if (job.status().isFinal()) {
            return 1.0;
        }
        return job.bytesTotal() == null || job.bytesTotal() == 0 ? null
                : Math.min(1.0, (double) job.bytesRead() / job.bytesTotal());
    }
}
