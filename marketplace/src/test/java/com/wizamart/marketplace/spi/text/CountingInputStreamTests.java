package com.wizamart.marketplace.spi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class CountingInputStreamTests {

    @Test
    void countsBytesReadSingleInBulkAndSkippedButNotTheEndOfTheStream() throws IOException {
        try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[10]))) {
            assertThat(in.count()).isZero();
            assertThat(in.read()).isZero();
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(4);
            assertThat(in.skip(3)).isEqualTo(3);
            assertThat(in.count()).isEqualTo(8);
            assertThat(in.read(new byte[8], 0, 8)).isEqualTo(2);
            assertThat(in.read(new byte[8], 0, 8)).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.skip(5)).isZero();
            assertThat(in.count()).isEqualTo(10);
        }
    }
}
