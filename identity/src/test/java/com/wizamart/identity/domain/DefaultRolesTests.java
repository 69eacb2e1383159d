package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DefaultRolesTests {

    private static final UUID VENDOR = UUID.randomUUID();

    private static Map<String, Role> roles() {
        return DefaultRoles.forVendor(VENDOR).stream().collect(Collectors.toMap(Role::name, Function.identity()));
    }

    @Test
    void everyVendorStartsWithFourSystemRoles_ownerFirst() {
        List<Role> roles = DefaultRoles.forVendor(VENDOR);

        assertThat(roles).extracting(Role::name).containsExactly("Owner", "Manager", "Editor", "Viewer");
        assertThat(roles).allMatch(Role::system).allMatch(r -> r.vendorId().equals(VENDOR));
        assertThat(roles.getFirst().isOwner()).isTrue();
        assertThat(roles.stream().filter(Role::isOwner)).hasSize(1);
    }

    @Test
    void eachVendorGetsRolesOfItsOwn() {
        List<Role> first = DefaultRoles.forVendor(VENDOR);
        List<Role> second = DefaultRoles.forVendor(VENDOR);

        assertThat(first).extracting(Role::id).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(second.stream().map(Role::id).toList());
    }

    @Test
    void theOwnerMayDoEverything() {
        assertThat(roles().get("Owner").orderedPermissions()).isEqualTo(PermissionCatalog.ALL);
    }

    @Test
    void aManagerRunsTheShopButNotTheTeamsCompositionOrTheSettings() {
        Set<String> manager = roles().get("Manager").permissions();

        assertThat(manager).contains(PermissionCatalog.TEAM_INVITE, PermissionCatalog.ORDERS_EDIT,
                PermissionCatalog.IMPORTS_CONFIGURE);
        assertThat(manager).doesNotContain(PermissionCatalog.TEAM_MANAGE, PermissionCatalog.TEAM_REMOVE,
                PermissionCatalog.SETTINGS_EDIT);
    }

    @Test
    void anEditorCuratesProductsAndImportsButChangesNoOrder() {
        Set<String> editor = roles().get("Editor").permissions();

        assertThat(editor).contains(PermissionCatalog.PRODUCTS_CREATE, PermissionCatalog.PRODUCTS_EDIT,
                PermissionCatalog.IMPORTS_TRIGGER);
        assertThat(editor).doesNotContain(PermissionCatalog.PRODUCTS_DELETE, PermissionCatalog.ORDERS_EDIT,
                PermissionCatalog.ORDERS_CREATE, PermissionCatalog.TEAM_INVITE);
    }

    @Test
    void aViewerOnlyReads() {
        assertThat(roles().get("Viewer").permissions()).allMatch(p -> p.endsWith(".view"));
    }

    @Test
    void everyRoleSeesItsTeam() {
        assertThat(roles().values()).allMatch(r -> r.permissions().contains(PermissionCatalog.TEAM_VIEW));
    }

    /** A Manager invites Editors and Viewers: nobody may grant what they do not hold. */
    @Test
    void eachRoleHoldsEveryPermissionOfTheRolesBelowIt() {
        Map<String, Role> roles = roles();

        assertThat(roles.get("Owner").permissions()).containsAll(roles.get("Manager").permissions());
        assertThat(roles.get("Manager").permissions()).containsAll(roles.get("Editor").permissions())
                .containsAll(roles.get("Viewer").permissions());
    }
}
