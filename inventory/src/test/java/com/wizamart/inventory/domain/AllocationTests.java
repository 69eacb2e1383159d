package com.wizamart.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AllocationTests {

    private static final UUID VENDOR = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();

    private static StockItem row(int onHand, int reserved) {
        return new StockItem(UUID.randomUUID(), VENDOR, PRODUCT, UUID.randomUUID(), onHand, reserved);
    }

    @Test
    void takesFromEachRowInTurnAsMuchAsItHasAvailable() {
        StockItem first = row(3, 1);
        StockItem empty = row(4, 4);
        StockItem third = row(5, 0);

        List<Allocation.Take> takes = Allocation.take(List.of(first, empty, third), 4).orElseThrow();

        assertThat(takes).containsExactly(new Allocation.Take(first, 2), new Allocation.Take(third, 2));
    }

    @Test
    void takesNothingWhenTheRowsTogetherHaveTooLittle() {
        List<StockItem> rows = List.of(row(3, 1), row(1, 0));
        assertThat(Allocation.take(rows, 4)).isEmpty();
        assertThat(Allocation.available(rows)).isEqualTo(3);
        assertThat(Allocation.take(List.of(), 1)).isEmpty();
    }

    @Test
    void aLineThatMayBeBackorderedTakesWhatThereIs() {
        StockItem first = row(3, 1);
        StockItem second = row(1, 0);
        List<Allocation.Take> takes = Allocation.takeUpTo(List.of(first, second), 5);
        assertThat(takes).containsExactly(new Allocation.Take(first, 2), new Allocation.Take(second, 1));
        assertThat(Allocation.taken(takes)).isEqualTo(3);
        assertThat(Allocation.takeUpTo(List.of(row(2, 2)), 5)).isEmpty();
        assertThat(Allocation.takeUpTo(List.of(row(9, 0)), 5)).singleElement()
                .extracting(Allocation.Take::quantity).isEqualTo(5);
    }

    @Test
    void takesExactlyWhatIsAskedEvenWhenTheFirstRowHasMore() {
        StockItem first = row(10, 0);
        StockItem second = row(10, 0);
        assertThat(Allocation.take(List.of(first, second), 10)).hasValue(List.of(new Allocation.Take(first, 10)));
        assertThat(Allocation.take(List.of(row(1, 0), row(2, 1), row(3, 0)), 5)).hasValueSatisfying(takes ->
                assertThat(Allocation.taken(takes)).isEqualTo(5));
    }

    @Test
    void theTotalAvailableNeverOverflows() {
        assertThat(Allocation.available(List.of(row(Integer.MAX_VALUE, 0), row(Integer.MAX_VALUE, 0))))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(Allocation.available(List.of())).isZero();
        assertThat(Allocation.taken(List.of())).isZero();
    }
}
