package com.wizamart.tenancy;

import java.util.Map;
import java.util.UUID;

/**
 * One admin action.
 *
 * @param actor      who did it.
 * @param action     stable UPPER_SNAKE name, e.g. {@code VENDOR_CREATED}.
 * @param vendorId   the vendor it concerns, if any.
 * @param targetType kind of thing touched, e.g. {@code vendor}, {@code user}.
 * @param targetId   its id, if any.
 * @param before     summary of the state before (may be empty; never secrets).
 * @param after      summary of the state after (may be empty; never secrets).
 */
public record AuditEntry(Actor actor, String action, UUID vendorId, String targetType, String targetId,
                         Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
    }
}
