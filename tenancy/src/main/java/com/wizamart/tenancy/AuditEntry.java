package com.wizamart.tenancy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
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

    /**
     * A URL as the trail may keep it: scheme, host and path; a query or user info (where feed URLs carry keys) is
     * shown as {@code ?…} / left out, so the entry shows which feed changed without the credential.
     *
     * @return {@literal null} for {@literal null}; {@code "(not a URL)"} for text that does not parse.
     */
    public static String withoutCredentials(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String base = (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                    + (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
            return uri.getRawQuery() == null && uri.getRawFragment() == null ? base : base + "?…";
        } catch (URISyntaxException e) {
            return "(not a URL)";
        }
    }

    /** {@link #withoutCredentials(String)} applied to each value, keys (e.g. languages) kept in order. */
    public static Map<String, String> withoutCredentials(Map<String, String> urls) {
        Map<String, String> safe = new LinkedHashMap<>();
        (urls == null ? Map.<String, String>of() : urls).forEach((k, v) -> safe.put(k, withoutCredentials(v)));
        return safe;
    }
}
