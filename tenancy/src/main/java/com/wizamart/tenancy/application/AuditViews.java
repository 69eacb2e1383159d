package com.wizamart.tenancy.application;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;
import com.wizamart.tenancy.application.port.out.AuditStore;

/** The audit trail as platform admins read it: filtered, newest first, across all vendors. */
@Service
public class AuditViews {

    private final AuditStore store;

    AuditViews(AuditStore store) {
        this.store = store;
    }

    /**
     * @throws ValidationException when {@code to} is not after {@code from}.
     */
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw ValidationException.of("to", "must be after from");
        }
        return store.search(query, pageable);
    }
}
