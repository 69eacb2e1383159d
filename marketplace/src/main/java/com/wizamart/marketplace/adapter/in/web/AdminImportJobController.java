package com.wizamart.marketplace.adapter.in.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.marketplace.application.ImportJobs;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedRowError;

/** All vendors' import jobs, for platform admins (explicit, logged cross-vendor reads). */
@RestController
@RequestMapping("/api/v1/admin/marketplace-import-jobs")
class AdminImportJobController {

    private final ImportJobs imports;
    private final ImportJobWebMapper mapper;

    AdminImportJobController(ImportJobs imports, ImportJobWebMapper mapper) {
        this.imports = imports;
        this.mapper = mapper;
    }

    @GetMapping
    PagedModel<ImportJobResponse> list(@RequestParam(required = false) UUID vendorId,
                                       @RequestParam(required = false) ImportStatus status,
                                       @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(imports.listAcrossVendors(vendorId, status, pageable).map(mapper::toResponse));
    }

    @GetMapping("/{id}")
    ImportJobResponse job(@PathVariable UUID id) {
        return mapper.toResponse(imports.getAcrossVendors(id));
    }

    @GetMapping(value = "/{id}/errors", produces = MediaType.APPLICATION_JSON_VALUE)
    PagedModel<FeedRowError> errors(@PathVariable UUID id, @PageableDefault(size = 100) Pageable pageable) {
        return new PagedModel<>(imports.errorsAcrossVendors(id, pageable));
    }

    /** The job's row errors as a CSV download, as vendors get theirs. */
    @GetMapping(value = "/{id}/errors", produces = "text/csv")
    void errorsCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.getAcrossVendors(id);
        Csv.writeErrors(response, id, consumer -> imports.forEachErrorAcrossVendors(id, consumer));
    }
}
