package com.wizamart.media.adapter.out.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.wizamart.media.config.MediaDecodingProperties;
import com.wizamart.media.domain.ImageLimits;
import com.wizamart.media.domain.MediaException;

class DecodeGateTests {

    private final ExecutorService others = Executors.newSingleThreadExecutor();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseAndStop() {
        release.countDown();
        others.shutdownNow();
    }

    @Test
    void refusesACallWithMediaBusyWhenEveryPermitStaysTakenLongerThanTheWait() throws Exception {
        DecodeGate gate = new DecodeGate(1, Duration.ofMillis(200));
        CompletableFuture<String> holding = holdThePermitOf(gate);

        MediaException busy = catchThrowableOfType(MediaException.class, () -> gate.through(() -> "second"));

        assertThat(busy.errorCode()).isEqualTo("MEDIA_BUSY");
        assertThat(busy.kind()).isEqualTo(MediaException.Kind.UNAVAILABLE);
        release.countDown();
        assertThat(holding.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(gate.through(() -> "third")).as("the permit is back").isEqualTo("third");
    }

    @Test
    void theProcessorDecodesOnlyThroughItsGate() throws Exception {
        DecodeGate gate = new DecodeGate(1, Duration.ofMillis(200));
        ImageIoProcessor processor = new ImageIoProcessor(gate, null);
        holdThePermitOf(gate);

        MediaException busy = catchThrowableOfType(MediaException.class,
                () -> processor.inspect(TestImages.png(32, 32, false), ImageLimits.defaults()));

        assertThat(busy.errorCode()).isEqualTo("MEDIA_BUSY");
    }

    @Test
    void runsAsManyAtOnceAsConfiguredAndAsTheProcessorsByDefault() {
        assertThat(new MediaDecodingProperties(3, Duration.ofSeconds(1)).effectiveConcurrentDecodes()).isEqualTo(3);
        assertThat(MediaDecodingProperties.defaults().effectiveConcurrentDecodes())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    private CompletableFuture<String> holdThePermitOf(DecodeGate gate) throws InterruptedException {
        CompletableFuture<String> holding = CompletableFuture.supplyAsync(() -> gate.through(() -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }), others);
        assertThat(entered.await(5, TimeUnit.SECONDS)).as("the first call holds the permit").isTrue();
        return holding;
    }
}
