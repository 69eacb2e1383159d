package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RefreshGuardrailTests {

    private final RefreshGuardrail guardrail = new RefreshGuardrail(0.5, 0.5, 10);

    private static RefreshSummary summary(int published, int changed, int zeroed) {
        RefreshSummary s = RefreshSummary.EMPTY;
        for (int i = 0; i < changed; i++) {
            s = s.plus(List.of(new FieldChange(ProductField.QUANTITY, "3", i < zeroed ? "0" : "2", FieldChange.Outcome.PENDING)));
        }
        return s.withTotals(published, 0);
    }

    @Test
    void holdsARefreshChangingMoreThanTheShare() {
        assertThat(guardrail.holdReason(summary(20, 10, 0))).isEmpty();
        assertThat(guardrail.holdReason(summary(20, 11, 0))).hasValueSatisfying(r -> assertThat(r)
                .contains("change 11 of 20"));
    }

    @Test
    void holdsARefreshZeroingMostStock() {
        assertThat(guardrail.holdReason(summary(100, 40, 40))).isEmpty();
        assertThat(guardrail.holdReason(summary(100, 45, 45))).isEmpty();
        assertThat(new RefreshGuardrail(0.9, 0.3, 10).holdReason(summary(100, 45, 45)))
                .hasValueSatisfying(r -> assertThat(r).contains("stock of 45 of 100"));
    }

    @Test
    void neverHoldsSmallCatalogs() {
        assertThat(guardrail.holdReason(summary(9, 9, 9))).isEmpty();
    }

    @Test
    void countsProductsOnceAndLockedChangesApart() {
        RefreshSummary s = RefreshSummary.EMPTY.plus(List.of(
                new FieldChange(ProductField.PRICE, "1.00", "2.00", FieldChange.Outcome.PENDING),
                new FieldChange(ProductField.CURRENCY, "EUR", "USD", FieldChange.Outcome.PENDING),
                new FieldChange(ProductField.NAME_FR, "a", "b", FieldChange.Outcome.KEPT_LOCKED)));
        assertThat(s.productsChecked()).isEqualTo(1);
        assertThat(s.productsChanged()).isEqualTo(1);
        assertThat(s.pricesChanged()).isEqualTo(1);
        assertThat(s.titlesChanged()).isZero();
        assertThat(s.lockedKept()).isEqualTo(1);
    }
}
