package com.wizamart.tenancy;

import java.util.Map;
import java.util.UUID;

/**
 * One recorded change: who did what to which thing of which vendor. Where the request came from (client address,
 * request id) is added by the trail itself from {@link RequestOrigin#current()}.
 *
 * @param actor      who did it; must not be {@literal null} ({@link Actor#system()} for the platform itself).
 * @param action     stable UPPER_SNAKE name, e.g. {@code VENDOR_CREATED}, {@code MEMBER_ROLE_CHANGED}.
 * @param vendorId   the vendor it concerns, if any.
 * @param targetType kind of thing touched, e.g. {@code vendor}, {@code user}, {@code member}, {@code order}.
 * @param targetId   its id, if any.
 * @param targetName what the admin app shows for it: the member's email, the product's name, the order number.
 * @param before     summary of the state before (may be empty; never secrets: no password, hash or token).
 * @param after      summary of the state after (may be empty; never secrets).
 */
public record AuditEntry(Actor actor, String action, UUID vendorId, String targetType, String targetId,
                         String targetName, Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        if (actor == null || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor and an action");
        }
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
    }
}
