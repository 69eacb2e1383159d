package com.wizamart.payments.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.payments.application.Reconciliation;
import com.wizamart.payments.domain.Mismatch;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/** Platform admins: what the reconciliation found, resolving it, and running it now. */
@RestController
@RequestMapping("/api/v1/admin/payments")
class AdminPaymentMismatchController {

    private final Reconciliation reconciliation;
    private final Vendors vendors;

    AdminPaymentMismatchController(Reconciliation reconciliation, Vendors vendors) {
        this.reconciliation = reconciliation;
        this.vendors = vendors;
    }

    record MismatchResponse(UUID id, UUID vendorId, String vendorName, String kind, String orderNumber,
                            String providerId, BigDecimal expected, BigDecimal actual, String currency,
                            Instant detectedAt, Instant resolvedAt, String resolvedBy, String note) {

        static MismatchResponse of(Mismatch m, String vendorName) {
            return new MismatchResponse(m.id(), m.vendorId(), vendorName, m.kind(), m.orderNumber(), m.providerId(),
                    m.expected(), m.actual(), m.currency(), m.detectedAt(), m.resolvedAt(), m.resolvedBy(), m.note());
        }
    }

    /** @param resolved false: open findings only; true: resolved ones; absent: all. */
    @GetMapping("/mismatches")
    PagedModel<MismatchResponse> list(@RequestParam(required = false) UUID vendorId,
                                      @RequestParam(required = false) Boolean resolved,
                                      @PageableDefault(size = 20) Pageable pageable) {
        Map<UUID, String> names = new HashMap<>();
        return new PagedModel<>(reconciliation.list(vendorId, resolved, pageable).map(m -> MismatchResponse.of(m,
                names.computeIfAbsent(m.vendorId(), id -> vendors.findById(id).map(VendorSummary::name)
                        .orElse(null)))));
    }

    record ResolveRequest(@NotBlank @Size(max = 1000) String note) {
    }

    @PostMapping("/mismatches/{id}/resolve")
    MismatchResponse resolve(@PathVariable UUID id, @Valid @RequestBody ResolveRequest request, Actor admin) {
        Mismatch m = reconciliation.resolve(id, request.note().strip(), admin);
        return MismatchResponse.of(m, vendors.findById(m.vendorId()).map(VendorSummary::name).orElse(null));
    }

    /** Runs the reconciliation now (as the daily job does) and answers its counts. */
    @PostMapping("/reconciliation-runs")
    Reconciliation.RunResult run() {
        return reconciliation.run();
    }
}
