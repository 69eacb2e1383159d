package com.wizamart.tenancy.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.tenancy.AuditEntry;

/** Append-only store of admin actions. */
public interface AuditStore {

    void append(AuditEntry entry, Instant at);

    Page<AuditRecord> search(AuditQuery query, Pageable pageable);

    /** Filters of the audit log; {@literal null} means "any". */
    record AuditQuery(UUID vendorId, String actor, String action, Instant from, Instant to) {
    }

    /** One stored entry. */
    record AuditRecord(UUID id, Instant at, UUID actorId, String actorEmail, String action, UUID vendorId,
                       String targetType, String targetId, Map<String, Object> before, Map<String, Object> after) {
    }
}
