package com.wizamart.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.ValidationException;

class LocationTests {

    private static final UUID VENDOR = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void takingOrderIsDefaultFirstThenPriorityThenNameThenCode() {
        Location fallback = Location.defaultFor(VENDOR, NOW);
        Location zeta = Location.create(VENDOR, "Z", "Zeta", 5, NOW);
        Location annex = Location.create(VENDOR, "B", "annex", 10, NOW);
        Location annexToo = Location.create(VENDOR, "A", "Annex", 10, NOW);
        Location backroom = Location.create(VENDOR, "C", "Backroom", 10, NOW);
        Location cellar = Location.create(VENDOR, "D", "Cellar", 0, NOW);

        List<Location> locations = new ArrayList<>(List.of(backroom, annex, zeta, annexToo, cellar, fallback));
        locations.sort(Location.TAKING_ORDER);

        assertThat(locations).containsExactly(fallback, cellar, zeta, annexToo, annex, backroom);
    }

    @Test
    void aNewLocationIsValidatedFieldByField() {
        assertThatThrownBy(() -> Location.create(VENDOR, "has space", " ", -1, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting("field").containsExactly("code", "name", "priority"));
        assertThatThrownBy(() -> Location.create(VENDOR, "X".repeat(33), "Name", 1, NOW))
                .isInstanceOf(ValidationException.class);
        Location location = Location.create(VENDOR, " shelf-2.a_b ", " Shelf ", null, NOW);
        assertThat(location.code()).isEqualTo("shelf-2.a_b");
        assertThat(location.name()).isEqualTo("Shelf");
        assertThat(location.priority()).isEqualTo(Location.DEFAULT_PRIORITY);
        assertThat(location.isDefault()).isFalse();
    }
}
