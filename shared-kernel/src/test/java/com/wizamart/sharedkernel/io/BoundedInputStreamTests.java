package com.wizamart.sharedkernel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BoundedInputStreamTests {

    private static InputStream bytes(int count) {
        return new ByteArrayInputStream(new byte[count]);
    }

    @Test
    void handsOnASourceWithinTheLimitAndCountsIt() throws IOException {
        BoundedInputStream bounded = BoundedInputStream.atMost(bytes(1_000), 1_000);

        assertThat(bounded.readAllBytes()).hasSize(1_000);
        assertThat(bounded.count()).isEqualTo(1_000);
        assertThat(bounded.ended()).isTrue();
        assertThat(bounded.violated()).isFalse();
    }

    @Test
    void failsOnALongerSourceBeforeHandingOnTheWholeLimit() {
        BoundedInputStream bounded = BoundedInputStream.atMost(bytes(1_001), 1_000);
        byte[] buffer = new byte[1_000];

        assertThatThrownBy(() -> bounded.read(buffer)).isInstanceOf(BoundedInputStream.LengthViolation.class)
                .hasMessageContaining("longer than 1000 bytes");
        assertThat(bounded.violated()).isTrue();
        assertThatThrownBy(bounded::read).as("for good").isInstanceOf(BoundedInputStream.LengthViolation.class);
    }

    @Test
    void countsWhatIsSkippedToo() {
        BoundedInputStream bounded = BoundedInputStream.atMost(bytes(5_000), 1_000);

        assertThatThrownBy(() -> bounded.skip(5_000)).isInstanceOf(BoundedInputStream.LengthViolation.class);
    }

    @Test
    void tellsItsListenerEachReadAsItHappens() throws IOException {
        List<Integer> reads = new ArrayList<>();
        BoundedInputStream bounded = BoundedInputStream.atMost(bytes(10), 100, reads::add);

        bounded.readNBytes(4);
        bounded.readAllBytes();

        assertThat(reads.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
    }

    @Test
    void exactlyRefusesAShorterAndALongerSourceAndTakesTheDeclaredLength() throws IOException {
        assertThat(BoundedInputStream.exactly(bytes(100), 100).readAllBytes()).hasSize(100);
        assertThatThrownBy(() -> BoundedInputStream.exactly(bytes(99), 100).readAllBytes())
                .isInstanceOf(BoundedInputStream.LengthViolation.class).hasMessageContaining("not 100 bytes long");
        assertThatThrownBy(() -> BoundedInputStream.exactly(bytes(101), 100).readNBytes(100))
                .isInstanceOf(BoundedInputStream.LengthViolation.class);
        assertThat(BoundedInputStream.exactly(bytes(0), 0).read()).isEqualTo(-1);
    }

    @Test
    void exactlyLeavesTheSourceOpenAtMostClosesIt() throws IOException {
        var source = new ByteArrayInputStream(new byte[1]) {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        BoundedInputStream.exactly(source, 1).close();
        assertThat(source.closed).isFalse();
        BoundedInputStream.atMost(source, 1).close();
        assertThat(source.closed).isTrue();
    }
}
