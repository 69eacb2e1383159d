package com.wizamart.marketplace.spi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;

class CarriedFeedExceptionTests {

    private final FeedException failure = new FeedException(Reason.ENCODING, "Line 3 is not valid UTF-8", 3);

    @Test
    void carriesTheFeedFailureAndItsMessage() {
        CarriedFeedException carried = new CarriedFeedException(failure);
        assertThat(carried).isInstanceOf(IOException.class).hasMessage("Line 3 is not valid UTF-8")
                .hasCause(failure);
        assertThat(carried.feedException()).isSameAs(failure);
    }

    @Test
    void isFoundAmongTheCausesAParserWrappedItIn() {
        RuntimeException wrapped = new IllegalStateException("parser",
                new UncheckedIOException(new CarriedFeedException(failure)));
        assertThat(CarriedFeedException.in(wrapped)).isSameAs(failure);
        assertThat(CarriedFeedException.in(new CarriedFeedException(failure))).isSameAs(failure);
    }

    @Test
    void findsNothingWhenNoFeedFailureIsCarried() {
        assertThat(CarriedFeedException.in(new IllegalStateException("parser", new IOException("disk")))).isNull();
        assertThat(CarriedFeedException.in(failure)).isNull();
        assertThat(CarriedFeedException.in(null)).isNull();
    }
}
