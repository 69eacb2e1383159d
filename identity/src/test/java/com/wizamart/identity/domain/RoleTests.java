package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class RoleTests {

    private static final UUID VENDOR = UUID.randomUUID();

    private static Role role(String name, Set<String> permissions, boolean system) {
        return new Role(UUID.randomUUID(), VENDOR, name, permissions, system);
    }

    @Test
    void aNameIsStrippedAndOneToFiftyCharacters() {
        assertThat(role("  Packer ", Set.of("orders.view"), false).name()).isEqualTo("Packer");
        assertThat(role("n".repeat(50), Set.of("orders.view"), false).name()).hasSize(50);

        for (String bad : new String[] {null, "", "   ", "n".repeat(51)}) {
            assertThatThrownBy(() -> role(bad, Set.of("orders.view"), false)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("name", "must be 1-50 characters")));
        }
    }

    @Test
    void needsAtLeastOnePermission() {
        for (Set<String> none : Arrays.asList(null, Set.<String>of())) {
            assertThatThrownBy(() -> role("Packer", none, false))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("permissions", "must name at least one permission")));
        }
    }

    @Test
    void rejectsAPermissionThePlatformDoesNotKnow_namingIt() {
        assertThatThrownBy(() -> role("Packer", Set.of("orders.view", "orders.refund"), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("permissions", "unknown permission 'orders.refund'")));
        assertThatThrownBy(() -> role("Packer", Set.of("ORDERS.VIEW"), false)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> role("Packer", Set.of("orders.*"), false)).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsAMissingPermissionAsAValidationError() {
        Set<String> withNull = new LinkedHashSet<>();
        withNull.add("orders.view");
        withNull.add(null);

        assertThatThrownBy(() -> role("Packer", withNull, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("permissions"));
    }

    @Test
    void keepsAnUnmodifiableCopyOfItsPermissions() {
        Set<String> permissions = new LinkedHashSet<>(List.of("orders.view"));
        Role role = role("Packer", permissions, false);

        permissions.add("orders.edit");

        assertThat(role.permissions()).containsExactly("orders.view");
        assertThatThrownBy(() -> role.permissions().add("team.manage")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listsItsPermissionsInThePlatformsOrder_whateverTheOrderGiven() {
        Role role = role("Packer", new LinkedHashSet<>(List.of("analytics.view", "orders.view", "team.view",
                "products.edit")), false);

        assertThat(role.orderedPermissions()).containsExactly("team.view", "products.edit", "orders.view",
                "analytics.view");
    }

    @Test
    void onlyTheSystemRoleNamedOwnerIsTheOwnerRole() {
        assertThat(role(Role.OWNER, Set.of("team.view"), true).isOwner()).isTrue();
        assertThat(role(Role.OWNER, Set.copyOf(PermissionCatalog.ALL), false).isOwner()).isFalse();
        assertThat(role("owner", Set.of("team.view"), true).isOwner()).isFalse();
        assertThat(role("Manager", Set.of("team.view"), true).isOwner()).isFalse();
    }
}
