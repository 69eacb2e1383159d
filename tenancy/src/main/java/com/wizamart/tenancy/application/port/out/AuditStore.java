package com.wizamart.tenancy.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.RequestOrigin;

/** Append-only store of the audit trail. */
public interface AuditStore {

    void append(AuditEntry entry, RequestOrigin origin, Instant at);

    Page<AuditRecord> search(AuditQuery query, Pageable pageable);

    /**
     * Filters of the audit log; {@literal null} means "any".
     *
     * @param actor      part of the actor's email, case-insensitive.
     * @param action     exact action name.
     * @param targetType exact target type.
     * @param targetId   exact target id.
     * @param from       inclusive.
     * @param to         exclusive.
     */
    record AuditQuery(UUID vendorId, String actor, String action, String targetType, String targetId,
                      Instant from, Instant to) {
    }

    /** One stored entry, with the vendor's name (where the vendor is known). */
    record AuditRecord(UUID id, Instant at, UUID actorId, String actorEmail, String action, UUID vendorId,
                       String vendorName, String targetType, String targetId, String targetName,
                       Map<String, Object> before, Map<String, Object> after, String clientAddress,
                       String requestId) {
    }
}
