package com.wizamart.marketplace.application;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.marketplace.ImportRefreshReport;
import com.wizamart.marketplace.ImportRefreshReports;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.domain.CatalogRefresh;
import com.wizamart.tenancy.VendorScope;

/** Records on import jobs what the catalog did with their published products ({@link ImportRefreshReports}). */
@Service
public class ImportRefreshRecording implements ImportRefreshReports {

    private final ImportJobStore jobs;
    private final VendorScope vendorScope;

    ImportRefreshRecording(ImportJobStore jobs, VendorScope vendorScope) {
        this.jobs = jobs;
        this.vendorScope = vendorScope;
    }

    @Override
    @Transactional
    public void record(UUID vendorId, UUID jobId, ImportRefreshReport report) {
        vendorScope.runAs(vendorId, () -> jobs.recordCatalogRefresh(jobId, new CatalogRefresh(report.refreshId(),
                report.status(), report.productsApplied(), report.productsSkipped(), report.message())));
    }
}
