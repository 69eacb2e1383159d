package com.wizamart.payments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaymentsPropertiesTests {

    @Test
    void aWebhookToleranceUnderOneSecondIsRefusedAtStartupBecauseItWouldDisableTheAgeCheck() {
        assertThatThrownBy(() -> stripe(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhook-tolerance must be at least 1s");
        assertThatThrownBy(() -> stripe(Duration.ofMillis(500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stripe(Duration.ofSeconds(-5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWebhookToleranceOfOneSecondOrMoreIsKept() {
        assertThat(stripe(Duration.ofSeconds(1)).webhookTolerance()).isEqualTo(Duration.ofSeconds(1));
        assertThat(stripe(Duration.ofMinutes(5)).webhookTolerance()).isEqualTo(Duration.ofMinutes(5));
    }

    private static PaymentsProperties.Stripe stripe(Duration tolerance) {
        return new PaymentsProperties.Stripe("sk_test_x", "https://api.stripe.com", List.of("whsec_x"), tolerance,
                BigDecimal.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(30), 2);
    }
}
