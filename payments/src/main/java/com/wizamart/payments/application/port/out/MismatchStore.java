package com.wizamart.payments.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.payments.domain.Mismatch;

/** Reconciliation findings (vendor-bound writes) and the runs' bookkeeping. */
public interface MismatchStore {

    /** Records a finding of the bound vendor once per kind and provider object; @return whether it was new. */
    boolean record(Mismatch mismatch);

    /** Across vendors (a cross-vendor read): findings, newest first. */
    Page<Mismatch> list(UUID vendorId, Boolean resolved, Pageable pageable);

    /** Across vendors: one finding. */
    Optional<Mismatch> find(UUID id);

    /** Resolves a finding of the bound vendor. */
    void resolve(UUID id, String note, String by, Instant at);

    /** Where the last run stopped; empty before the first. */
    Optional<Instant> lastCoveredTo();

    void recordRun(Instant from, Instant to, int transactions, int findings, Instant at);
}
