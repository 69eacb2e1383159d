package com.wizamart.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportStatusTests {

    @ParameterizedTest
    @EnumSource(value = ImportStatus.class, names = {"PENDING", "RUNNING"})
    void aPendingOrRunningImportHasNotEnded(ImportStatus status) {
        assertThat(status.isFinal()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ImportStatus.class, names = {"COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "CANCELLED"})
    void completedFailedAndCancelledImportsHaveEnded(ImportStatus status) {
        assertThat(status.isFinal()).isTrue();
    }

    @Test
    void anImportWhoseRowsAllImportedIsCompleted() {
        assertThat(ImportStatus.completed(new ImportCounts(10, 4, 3, 3, 0), 0)).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void anImportWithARowThatCouldNotBeImportedIsCompletedWithErrors() {
        assertThat(ImportStatus.completed(new ImportCounts(10, 9, 0, 0, 1), 1))
                .isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    }

    @Test
    void anIdAppearingAgainIsAnErrorThoughEveryRowImported() {
        // the later row wins and is imported; the repetition is a row error of its own
        assertThat(ImportStatus.completed(new ImportCounts(3, 2, 0, 1, 0), 1))
                .isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    }

    @Test
    void warningsAloneLeaveAnImportCompleted() {
        // warnings are not counted as errors: an import whose rows all imported, some without an optional value
        assertThat(ImportStatus.completed(new ImportCounts(5, 5, 0, 0, 0), 0)).isEqualTo(ImportStatus.COMPLETED);
    }
}
