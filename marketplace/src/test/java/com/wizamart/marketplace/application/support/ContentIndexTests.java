package com.wizamart.marketplace.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ContentIndexTests {

    @Test
    void holdsExactlyThePairsPutLastAcrossGrowth() {
        ContentIndex index = new ContentIndex();
        SplittableRandom random = new SplittableRandom(7);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
            index.put(keys[i], i);
        }
        index.put(keys[10], -1);
        assertThat(index.size()).isEqualTo(keys.length);
        assertThat(index.holds(keys[10], 10)).isFalse();
        assertThat(index.holds(keys[10], -1)).isTrue();
        for (int i = 11; i < keys.length; i++) {
            assertThat(index.holds(keys[i], i)).isTrue();
            assertThat(index.holds(keys[i], i + 1)).isFalse();
        }
        assertThat(index.holds(random.nextLong(), 0)).isFalse();
    }

    @Test
    void zeroIsAKeyLikeAnyOther() {
        ContentIndex index = ContentIndex.empty();
        assertThat(index.holds(0, 0)).isFalse();
        index.put(0, 42);
        assertThat(index.holds(0, 42)).isTrue();
        assertThat(index.holds(0, 0)).isFalse();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aProductStagedWithoutAHashIsContainedButHoldsNoHash() {
        ContentIndex index = ContentIndex.empty();
        index.putStaged(7);
        index.putStaged(0);
        assertThat(index.contains(7)).isTrue();
        assertThat(index.contains(0)).isTrue();
        assertThat(index.contains(8)).isFalse();
        assertThat(index.holds(7, ContentIndex.NO_HASH)).as("no hash is ever held").isFalse();
        assertThat(index.holds(0, ContentIndex.NO_HASH)).isFalse();
        assertThat(ContentIndex.contentHash(ContentIndex.NO_HASH)).isNotEqualTo(ContentIndex.NO_HASH);
        assertThat(ContentIndex.contentHash(42)).isEqualTo(42);
    }
}
