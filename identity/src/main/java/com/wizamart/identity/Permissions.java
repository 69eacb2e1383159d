package com.wizamart.identity;

import java.util.List;

import com.wizamart.identity.domain.PermissionCatalog;

/**
 * The permissions a vendor role may grant. Vendor tokens carry them in the {@code permissions} claim; vendor
 * endpoints check one each (authority {@code PERM_<permission>}, e.g. {@code hasAuthority('PERM_products.view')}).
 */
public final class Permissions {

    public static final String TEAM_MANAGE = PermissionCatalog.TEAM_MANAGE;
    public static final String TEAM_INVITE = PermissionCatalog.TEAM_INVITE;
    public static final String TEAM_REMOVE = PermissionCatalog.TEAM_REMOVE;
    public static final String TEAM_VIEW = PermissionCatalog.TEAM_VIEW;
    public static final String PRODUCTS_CREATE = PermissionCatalog.PRODUCTS_CREATE;
    public static final String PRODUCTS_EDIT = PermissionCatalog.PRODUCTS_EDIT;
    public static final String PRODUCTS_DELETE = PermissionCatalog.PRODUCTS_DELETE;
    public static final String PRODUCTS_VIEW = PermissionCatalog.PRODUCTS_VIEW;
    public static final String ORDERS_CREATE = PermissionCatalog.ORDERS_CREATE;
    public static final String ORDERS_EDIT = PermissionCatalog.ORDERS_EDIT;
    public static final String ORDERS_VIEW = PermissionCatalog.ORDERS_VIEW;
    public static final String IMPORTS_TRIGGER = PermissionCatalog.IMPORTS_TRIGGER;
    public static final String IMPORTS_VIEW = PermissionCatalog.IMPORTS_VIEW;
    public static final String IMPORTS_CONFIGURE = PermissionCatalog.IMPORTS_CONFIGURE;
    public static final String SETTINGS_EDIT = PermissionCatalog.SETTINGS_EDIT;
    public static final String ANALYTICS_VIEW = PermissionCatalog.ANALYTICS_VIEW;

    /** Every permission, in a stable order. */
    public static final List<String> ALL = PermissionCatalog.ALL;

    private Permissions() {
    }

    public static boolean isKnown(String permission) {
        return PermissionCatalog.isKnown(permission);
    }
}
