package com.wizamart.identity.domain;

import static com.wizamart.identity.domain.PermissionCatalog.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The roles every vendor starts with. Owner may do everything; Manager runs the shop but not the team's
 * composition or the settings; Editor curates products and imports; Viewer reads.
 */
public final class DefaultRoles {

    public static final Map<String, Set<String>> PERMISSIONS;

    static {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        roles.put(Role.OWNER, Set.copyOf(ALL));
        roles.put("Manager", Set.of(TEAM_VIEW, TEAM_INVITE, PRODUCTS_CREATE, PRODUCTS_EDIT, PRODUCTS_DELETE,
                PRODUCTS_VIEW, ORDERS_CREATE, ORDERS_EDIT, ORDERS_VIEW, IMPORTS_TRIGGER, IMPORTS_VIEW,
                IMPORTS_CONFIGURE, ANALYTICS_VIEW));
        roles.put("Editor", Set.of(TEAM_VIEW, PRODUCTS_CREATE, PRODUCTS_EDIT, PRODUCTS_VIEW, ORDERS_VIEW,
                IMPORTS_TRIGGER, IMPORTS_VIEW));
        roles.put("Viewer", Set.of(TEAM_VIEW, PRODUCTS_VIEW, ORDERS_VIEW, IMPORTS_VIEW, ANALYTICS_VIEW));
        PERMISSIONS = java.util.Collections.unmodifiableMap(roles);
    }

    private DefaultRoles() {
    }

    /** @return fresh system roles for a new vendor, Owner first. */
    public static List<Role> forVendor(UUID vendorId) {
        return PERMISSIONS.entrySet().stream()
                .map(e -> new Role(UUID.randomUUID(), vendorId, e.getKey(), e.getValue(), true)).toList();
    }
}
