package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdTests {

    @Test
    void newRowIdsAreVersion7UuidsThatGrowWithTime() {
        UUID first = id();
        long millis0 = System.currentTimeMillis();
        while (System.currentTimeMillis() <= millis0 + 1) {
            Thread.onSpinWait(); // until the clock has moved on by a millisecond or more
        }
        UUID later = id();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(Long.compareUnsigned(later.getMostSignificantBits() >>> 16, first.getMostSignificantBits() >>> 16))
                .isPositive();
        long millis = first.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(System.currentTimeMillis() - 10_000, System.currentTimeMillis());
        Set<UUID> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(id());
        }
        assertThat(many).hasSize(10_000);
    }

    private static UUID id() {
        return UUID.fromString(new String(PostgresStagingStore.timeOrderedId(), StandardCharsets.US_ASCII));
    }
}
