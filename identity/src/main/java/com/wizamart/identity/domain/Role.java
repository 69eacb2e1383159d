package com.wizamart.identity.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.wizamart.sharedkernel.ValidationException;

/**
 * A named set of permissions within one vendor. The four system roles are created with the vendor; vendors may add
 * custom ones.
 */
public record Role(UUID id, UUID vendorId, String name, Set<String> permissions, boolean system) {

    public static final String OWNER = "Owner";

    public Role {
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw ValidationException.of("name", "must be 1-50 characters");
        }
        name = name.strip();
        if (permissions == null || permissions.isEmpty()) {
            throw ValidationException.of("permissions", "must name at least one permission");
        }
        for (String permission : permissions) {
            if (!PermissionCatalog.isKnown(permission)) {
                throw ValidationException.of("permissions", "unknown permission '" + permission + "'");
            }
        }
        permissions = Set.copyOf(new LinkedHashSet<>(permissions));
    }

    public boolean isOwner() {
        return system && OWNER.equals(name);
    }

    /** @return the permissions in the platform's stable order. */
    public List<String> orderedPermissions() {
        return PermissionCatalog.ALL.stream().filter(permissions::contains).toList();
    }
}
