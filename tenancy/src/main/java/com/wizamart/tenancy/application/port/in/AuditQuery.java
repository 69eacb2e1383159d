package com.wizamart.tenancy.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the audit log; {@literal null} means "any".
 *
 * @param vendorId   the vendor the entries concern.
 * @param actor      part of the actor's email, case-insensitive.
 * @param action     exact action name.
 * @param targetType exact target type.
 * @param targetId   exact target id.
 * @param from       inclusive.
 * @param to         exclusive.
 */
public record AuditQuery(UUID vendorId, String actor, String action, String targetType, String targetId,
                         Instant from, Instant to) {
}
