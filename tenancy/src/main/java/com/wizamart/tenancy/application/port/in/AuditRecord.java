package com.wizamart.tenancy.application.port.in;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One stored entry of the audit log, with the vendor's name (where the vendor is known). */
public record AuditRecord(UUID id, Instant at, UUID actorId, String actorEmail, String action, UUID vendorId,
                          String vendorName, String targetType, String targetId, String targetName,
                          Map<String, Object> before, Map<String, Object> after, String clientAddress,
                          String requestId) {
}
