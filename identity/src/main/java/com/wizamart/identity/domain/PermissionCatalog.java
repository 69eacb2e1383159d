package com.wizamart.identity.domain;

import java.util.List;
import java.util.Set;

/** The permissions a vendor role may grant (published as {@link com.wizamart.identity.Permissions}). */
public final class PermissionCatalog {

    public static final String TEAM_MANAGE = "team.manage";
    public static final String TEAM_INVITE = "team.invite";
    public static final String TEAM_REMOVE = "team.remove";
    public static final String TEAM_VIEW = "team.view";
    public static final String PRODUCTS_CREATE = "products.create";
    public static final String PRODUCTS_EDIT = "products.edit";
    public static final String PRODUCTS_DELETE = "products.delete";
    public static final String PRODUCTS_VIEW = "products.view";
    public static final String ORDERS_CREATE = "orders.create";
    public static final String ORDERS_EDIT = "orders.edit";
    public static final String ORDERS_VIEW = "orders.view";
    public static final String IMPORTS_TRIGGER = "imports.trigger";
    public static final String IMPORTS_VIEW = "imports.view";
    public static final String IMPORTS_CONFIGURE = "imports.configure";
    public static final String SETTINGS_EDIT = "settings.edit";
    public static final String ANALYTICS_VIEW = "analytics.view";

    /** Every permission, in a stable order. */
    public static final List<String> ALL = List.of(TEAM_MANAGE, TEAM_INVITE, TEAM_REMOVE, TEAM_VIEW, PRODUCTS_CREATE,
            PRODUCTS_EDIT, PRODUCTS_DELETE, PRODUCTS_VIEW, ORDERS_CREATE, ORDERS_EDIT, ORDERS_VIEW, IMPORTS_TRIGGER,
            IMPORTS_VIEW, IMPORTS_CONFIGURE, SETTINGS_EDIT, ANALYTICS_VIEW);

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private PermissionCatalog() {
    }

    /** @return whether {@code permission} is one of {@link #ALL}; {@literal false} for {@literal null}. */
    public static boolean isKnown(String permission) {
        return permission != null && KNOWN.contains(permission);
    }
}
