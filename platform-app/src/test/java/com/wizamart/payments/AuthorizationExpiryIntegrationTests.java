package com.wizamart.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.payments.application.AuthorizationSweep;

/**
 * Card holds expire after seven days: the sweep releases the hold of an order nobody confirmed before then (its
 * payment shows FAILED), and leaves younger holds alone; nothing is silently lost.
 */
class AuthorizationExpiryIntegrationTests extends PaymentsApiTest {

    @Autowired
    AuthorizationSweep sweep;

    @Test
    void aHoldOfAnOrderNeverConfirmedIsReleasedBeforeItExpires() {
        CardShop s = cardShop();
        UUID old = order(s, 1, "CARD");
        String intent = pay(s, old, "pm_card_visa").json().get("card").get("paymentIntentId").asString();
        Instant now = Instant.now();

        // every hold is looked at (the line of holds to settle drawn after them), and those authorized before the
        // expiry line released: both orders are unconfirmed, both holds would expire
        sweep.settle(now.plus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(1)));

        awaitPaymentStatus(s, old, "FAILED");
        assertThat(stripe.paymentIntentStatus(intent)).isEqualTo("canceled");
        assertThat(vendorOrder(s, old).get("paymentHistory").findValuesAsString("note"))
                .contains("Card hold released");
        assertThat(stripe.captures(intent)).isZero();
    }

    @Test
    void aHoldYoungerThanTheLineIsLeftAlone() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        String intent = pay(s, order, "pm_card_visa").json().get("card").get("paymentIntentId").asString();

        sweep.settle(Instant.now().plus(Duration.ofMinutes(1)), Instant.now().minus(Duration.ofDays(6)));

        assertThat(paymentStatus(s, order)).isEqualTo("AUTHORIZED");
        assertThat(stripe.paymentIntentStatus(intent)).isEqualTo("requires_capture");
    }
}
