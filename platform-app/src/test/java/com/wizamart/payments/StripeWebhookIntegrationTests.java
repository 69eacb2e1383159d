package com.wizamart.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.support.Http;
import com.wizamart.testing.stripe.StripeStandIn;

import tools.jackson.databind.JsonNode;

/**
 * Stripe's webhooks: only those signed with a configured secret (either during a rotation), recently, are accepted;
 * each event changes things once, however often it comes.
 */
class StripeWebhookIntegrationTests extends PaymentsApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void unsignedTamperedForeignAndStaleWebhooksAreRefusedWith400() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        pay(s, order, "pm_card_visa");
        stripe.awaitWebhooks(Duration.ofSeconds(10));
        StripeStandIn.Event event = stripe.events("payment_intent.amount_capturable_updated").getLast();
        long now = Instant.now().getEpochSecond();

        assertThat(stripe.postToWebhookEndpoint(event.payload(), null)).isEqualTo(400);
        assertThat(stripe.postToWebhookEndpoint(event.payload(), "garbage")).isEqualTo(400);
        assertThat(stripe.postToWebhookEndpoint(event.payload(),
                StripeStandIn.signatureHeader(event.payload(), now, "whsec_someone_else"))).isEqualTo(400);
        assertThat(stripe.postToWebhookEndpoint(event.payload() + " ",
                StripeStandIn.signatureHeader(event.payload(), now, WEBHOOK_SECRET))).as("tampered").isEqualTo(400);
        assertThat(stripe.postToWebhookEndpoint(event.payload(),
                StripeStandIn.signatureHeader(event.payload(), now - 301, WEBHOOK_SECRET))).as("stale").isEqualTo(400);
        Http.Response problem = http.post(WEBHOOK).header("Stripe-Signature", "t=1,v1=00")
                .raw(event.payload(), "application/json").send();
        assertThat(problem.errorCode()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
    }

    @Test
    void bothSecretsOfARotationAreAccepted() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        stripe.stopWebhooks();
        pay(s, order, "pm_card_authenticationRequired");
        String intent = vendorPayment(s, order).get("attempts").get(0).get("providerId").asString();
        stripe.authenticate(intent, true);
        StripeStandIn.Event event = stripe.events("payment_intent.amount_capturable_updated").stream()
                .filter(e -> e.objectId().equals(intent)).findFirst().orElseThrow();

        Http.Response received = http.post(WEBHOOK).header("Stripe-Signature", StripeStandIn.signatureHeader(
                event.payload(), Instant.now().getEpochSecond(), OLD_WEBHOOK_SECRET))
                .raw(event.payload(), "application/json").send();

        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        awaitPaymentStatus(s, order, "AUTHORIZED");
    }

    @Test
    void aReplayedWebhookChangesNothing() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        pay(s, order, "pm_card_visa");
        s.shop().moveTo(order, "CONFIRMED");
        awaitPaymentStatus(s, order, "PAID");
        stripe.awaitWebhooks(Duration.ofSeconds(10));
        String intent = vendorPayment(s, order).get("attempts").get(0).get("providerId").asString();
        List<String> events = stripe.events().stream().filter(e -> intent.equals(e.objectId()))
                .map(StripeStandIn.Event::id).toList();
        assertThat(events).isNotEmpty();
        // every first delivery processed (its publication completed) before the replay
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(publications(events, true)).isZero();
            assertThat(publications(events, false)).isEqualTo(events.size());
        });
        JsonNode before = vendorOrder(s, order).get("paymentHistory");

        for (String event : events) {
            assertThat(stripe.redeliver(event).status()).isEqualTo(200);
        }

        // a replay is stored nowhere and published to nobody: nothing can process it later
        assertThat(publications(events, true)).isZero();
        assertThat(publications(events, false)).isEqualTo(events.size());
        assertThat(vendorOrder(s, order).get("paymentHistory")).isEqualTo(before);
        assertThat(stripe.captures(intent)).isEqualTo(1);
    }

    @Test
    void aWebhookAboutNothingOfThePlatformsIsAcceptedAndIgnored() {
        String payload = """
                {"id":"evt_foreign1","object":"event","type":"payment_intent.succeeded","api_version":"2024-06-20",
                 "created":1,"livemode":false,"data":{"object":{"id":"pi_foreign1","object":"payment_intent",
                 "status":"succeeded","amount":100,"currency":"eur","metadata":{}}}}""";

        int status = stripe.postToWebhookEndpoint(payload,
                StripeStandIn.signatureHeader(payload, Instant.now().getEpochSecond(), WEBHOOK_SECRET));

        assertThat(status).isEqualTo(200);
    }

    /** Publications of the provider-event listener for these events, completed or not. */
    private long publications(List<String> eventIds, boolean incomplete) {
        return eventIds.stream().mapToLong(id -> jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'payments.process-provider-event'
                          and serialized_event like :event and (completion_date is null) = :incomplete""")
                .param("event", "%" + id + "%").param("incomplete", incomplete).query(Long.class).single()).sum();
    }
}
