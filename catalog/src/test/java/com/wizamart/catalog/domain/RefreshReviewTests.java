package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/** Which refreshes wait for the vendor: the guardrail's answer, every change, or none. */
class RefreshReviewTests {

    private final RefreshGuardrail guardrail = new RefreshGuardrail(0.5, 0.5, 10);

    /** {@code changed} of {@code published} products get a new price; {@code unchanged} more are checked. */
    private static RefreshSummary summary(int published, int changed, int unchanged) {
        RefreshSummary s = RefreshSummary.EMPTY;
        for (int i = 0; i < changed; i++) {
            s = s.plus(List.of(new FieldChange(ProductField.PRICE, "1.00", "2.00", FieldChange.Outcome.PENDING)));
        }
        for (int i = 0; i < unchanged; i++) {
            s = s.plus(List.of(new FieldChange(ProductField.PRICE, "1.00", "2.00", FieldChange.Outcome.KEPT_LOCKED)));
        }
        return s.withTotals(published, 0);
    }

    @Test
    void guardedAsksTheGuardrail() {
        assertThat(RefreshReview.GUARDED.holdReason(summary(20, 1, 0), guardrail)).isEmpty();
        assertThat(RefreshReview.GUARDED.holdReason(summary(20, 11, 0), guardrail))
                .isEqualTo(guardrail.holdReason(summary(20, 11, 0)));
    }

    @Test
    void alwaysHoldsEveryRefreshThatChangesAProductEvenInASmallCatalog() {
        assertThat(RefreshReview.ALWAYS.holdReason(summary(3, 1, 0), guardrail)).hasValueSatisfying(r ->
                assertThat(r).isEqualTo("The shop reviews every import refresh: it would change 1 of 3 published"
                        + " products."));
    }

    @Test
    void alwaysLetsARefreshThatChangesNothingThrough() {
        assertThat(RefreshReview.ALWAYS.holdReason(summary(20, 0, 5), guardrail)).as("only kept changes").isEmpty();
        assertThat(RefreshReview.ALWAYS.holdReason(summary(20, 0, 0), guardrail)).isEmpty();
    }

    @Test
    void neverHoldsWhatTheGuardrailWould() {
        assertThat(guardrail.holdReason(summary(20, 20, 0))).isPresent();
        assertThat(RefreshReview.NEVER.holdReason(summary(20, 20, 0), guardrail)).isEmpty();
    }

    @Test
    void theModeIsReadWhateverItsCaseAndAnotherValueNamesTheField() {
        assertThat(RefreshReview.of("refreshReview", " always ")).isEqualTo(RefreshReview.ALWAYS);
        assertThat(RefreshReview.of("refreshReview", null)).isNull();
        assertThatThrownBy(() -> RefreshReview.of("refreshReview", "SOMETIMES"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("refreshReview"));
    }

    @Test
    void aRefreshHeldForReviewWaitsWithItsReason() {
        ImportRefresh refresh = ImportRefresh.planning(UUID.randomUUID(), UUID.randomUUID(), "letzshop", "en");
        assertThat(refresh.decide(summary(3, 1, 0), RefreshReview.ALWAYS, guardrail)).isFalse();
        assertThat(refresh.status()).isEqualTo(RefreshStatus.HELD);
        assertThat(refresh.holdReason()).startsWith("The shop reviews every import refresh");
    }
}
