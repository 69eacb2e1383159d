package com.wizamart.marketplace.adapter.in.web;

import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.marketplace.application.ImportJobs;
import com.wizamart.marketplace.domain.ImportStatus;

/** All vendors' import jobs, for platform admins (an explicit, logged cross-vendor read). */
@RestController
class AdminImportJobController {

    private final ImportJobs imports;
    private final ImportJobWebMapper mapper;

    AdminImportJobController(ImportJobs imports, ImportJobWebMapper mapper) {
        this.imports = imports;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/admin/marketplace-import-jobs")
    PagedModel<ImportJobResponse> list(@RequestParam(required = false) UUID vendorId,
                                       @RequestParam(required = false) ImportStatus status,
                                       @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(imports.listAcrossVendors(vendorId, status, pageable).map(mapper::toResponse));
    }
}
