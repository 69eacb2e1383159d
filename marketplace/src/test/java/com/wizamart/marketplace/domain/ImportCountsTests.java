package com.wizamart.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportCountsTests {

    @Test
    void aJobsCountsAfterAChunkAreTheSumOfBoth() {
        ImportCounts before = new ImportCounts(5000, 4000, 500, 400, 100);

        ImportCounts after = before.plus(new ImportCounts(1200, 1000, 100, 50, 50));

        assertThat(after).isEqualTo(new ImportCounts(6200, 5000, 600, 450, 150));
        assertThat(before).as("counts are values").isEqualTo(new ImportCounts(5000, 4000, 500, 400, 100));
    }

    @Test
    void zeroIsTheStartOfEveryJobAndChangesNothingAdded() {
        ImportCounts counts = new ImportCounts(3, 1, 1, 1, 0);

        assertThat(ImportCounts.ZERO.plus(counts)).isEqualTo(counts);
        assertThat(counts.plus(ImportCounts.ZERO)).isEqualTo(counts);
    }

    @Test
    void noCountIsNegative() {
        assertThatThrownBy(() -> new ImportCounts(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportCounts(1, 0, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 unchanged");
        assertThatThrownBy(() -> new ImportCounts(1, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
