package com.wizamart.marketplace.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.marketplace.ImportStatistics;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.tenancy.VendorScope;

/** {@link ImportStatistics} from the import-job records. */
@Service
class ImportFigures implements ImportStatistics {

    static final int MAX_DAYS = 366;

    private final ImportJobStore jobs;
    private final VendorScope vendorScope;

    ImportFigures(ImportJobStore jobs, VendorScope vendorScope) {
        this.jobs = jobs;
        this.vendorScope = vendorScope;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DailyImports> daily(LocalDate from, LocalDate toInclusive) {
        checkRange(from, toInclusive);
        return vendorScope.acrossVendors("import figures per day", () -> jobs.daily(null, from, toInclusive));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DailyImports> daily(UUID vendorId, LocalDate from, LocalDate toInclusive) {
        checkRange(from, toInclusive);
        return vendorScope.callAs(vendorId, () -> jobs.daily(vendorId, from, toInclusive));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LatestImport> latestPerMarketplace(UUID vendorId) {
        return vendorScope.callAs(vendorId, () -> jobs.latestPerMarketplace(vendorId));
    }

    private static void checkRange(LocalDate from, LocalDate toInclusive) {
        if (from == null || toInclusive == null || from.isAfter(toInclusive)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, toInclusive) >= MAX_DAYS) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days at a time");
        }
    }
}
