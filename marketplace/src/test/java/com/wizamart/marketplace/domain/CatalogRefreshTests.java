package com.wizamart.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CatalogRefreshTests {

    @Test
    void aRefreshTheCatalogReportedIsKeptAsReported() {
        UUID id = UUID.randomUUID();

        CatalogRefresh held = new CatalogRefresh(id, "HELD", 0, 0, "Would change 80% of the published products.");

        assertThat(held.refreshId()).isEqualTo(id);
        assertThat(held.status()).isEqualTo("HELD");
        assertThat(held.message()).startsWith("Would change");
    }

    @Test
    void aRefreshHasAnIdAndAStatus() {
        assertThatThrownBy(() -> new CatalogRefresh(null, "APPLIED", 1, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogRefresh(UUID.randomUUID(), " ", 1, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsProductCountsAreNeverNegative() {
        assertThatThrownBy(() -> new CatalogRefresh(UUID.randomUUID(), "APPLIED", -1, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogRefresh(UUID.randomUUID(), "FAILED", 0, -2, "boom"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
