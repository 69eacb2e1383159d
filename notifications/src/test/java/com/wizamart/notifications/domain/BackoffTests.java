package com.wizamart.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void waitsDoubleAfterEachFailureUpToTheLongest() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesAWaitLongerThanItsLongest() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
