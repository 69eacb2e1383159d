package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.wizamart.identity.Permissions;

class PermissionCatalogTests {

    @Test
    void listsEveryPermissionOnce() {
        assertThat(PermissionCatalog.ALL).doesNotHaveDuplicates().hasSize(16);
        assertThat(PermissionCatalog.ALL).allMatch(PermissionCatalog::isKnown);
    }

    @Test
    void everyPermissionIsAnAreaAndAnAction_inLowerCase() {
        assertThat(PermissionCatalog.ALL).allMatch(p -> p.matches("[a-z]+\\.[a-z]+"));
    }

    @Test
    void everyConstantIsInTheList_andNothingElseIs() {
        assertThat(constants(PermissionCatalog.class).values()).containsExactlyInAnyOrderElementsOf(PermissionCatalog.ALL);
    }

    @Test
    void knowsNothingElse() {
        assertThat(PermissionCatalog.isKnown("orders.refund")).isFalse();
        assertThat(PermissionCatalog.isKnown("ORDERS.VIEW")).isFalse();
        assertThat(PermissionCatalog.isKnown(" orders.view")).isFalse();
        assertThat(PermissionCatalog.isKnown("")).isFalse();
        assertThat(PermissionCatalog.isKnown(null)).isFalse();
    }

    @Test
    void thePublishedPermissionsAreTheCatalogs() {
        assertThat(constants(Permissions.class)).isEqualTo(constants(PermissionCatalog.class));
        assertThat(Permissions.ALL).isEqualTo(PermissionCatalog.ALL);
        assertThat(Permissions.isKnown("orders.view")).isTrue();
        assertThat(Permissions.isKnown("orders.refund")).isFalse();
    }

    /** The public static String constants of a class, by name. */
    private static Map<String, String> constants(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .collect(Collectors.toMap(Field::getName, f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }
}
