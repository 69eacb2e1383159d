package com.wizamart.tenancy.application.port.out;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.RequestOrigin;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;

/** Append-only store of the audit trail. */
public interface AuditStore {

    void append(AuditEntry entry, RequestOrigin origin, Instant at);

    Page<AuditRecord> search(AuditQuery query, Pageable pageable);
}
