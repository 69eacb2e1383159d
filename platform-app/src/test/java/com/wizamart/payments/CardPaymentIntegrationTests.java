package com.wizamart.payments;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.wizamart.testing.stripe.StripeStandIn;
import com.wizamart.testing.stripe.StripeStandIn.RecordedRequest;

import tools.jackson.databind.JsonNode;

/**
 * A shopper pays an order by card through the provider: authorized at once, declined (and tried again), held for
 * 3-D Secure, or across a network failure; the vendor's confirmation captures it, a cancellation releases it.
 */
class CardPaymentIntegrationTests extends PaymentsApiTest {

    @Test
    void aCardPaymentIsAuthorizedAsADestinationChargeAndCapturedWhenTheVendorConfirms() {
        CardShop s = cardShop();
        UUID order = order(s, 2, "CARD");

        Http paid = new Http(pay(s, order, "pm_card_visa"));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json.get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(paid.json.get("method").asString()).isEqualTo("CARD");
        JsonNode card = paid.json.get("card");
        String intent = card.get("paymentIntentId").asString();
        assertThat(card.get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(card.get("clientSecret").asString()).startsWith(intent + "_secret");
        RecordedRequest created = stripe.requests("POST", "/v1/payment_intents").stream()
                .filter(r -> order.toString().equals(r.param("metadata[order_id]"))).findFirst().orElseThrow();
        assertThat(created.param("amount")).isEqualTo("4980");
        assertThat(created.param("currency")).isEqualTo("eur");
        assertThat(created.param("capture_method")).isEqualTo("manual");
        assertThat(created.param("transfer_data[destination]")).isEqualTo(s.account());
        assertThat(created.param("application_fee_amount")).as("5 % of 49.80").isEqualTo("249");
        assertThat(created.param("metadata[vendor_id]")).isEqualTo(s.vendor().id().toString());
        assertThat(created.param("metadata[order_number]")).isNotBlank();
        assertThat(created.header("Idempotency-Key")).isEqualTo("pay:" + order + ":1");

        assertThat(s.shop().moveTo(order, "SHIPPED").status()).as("not paid yet").isEqualTo(409);
        assertThat(s.shop().moveTo(order, "CONFIRMED").status()).isEqualTo(200);

        awaitPaymentStatus(s, order, "PAID");
        assertThat(stripe.captures(intent)).isEqualTo(1);
        RecordedRequest capture = stripe.requests("POST", "/v1/payment_intents/" + intent + "/capture").getFirst();
        assertThat(capture.header("Idempotency-Key")).startsWith("capture:");
        assertThat(s.shop().moveTo(order, "SHIPPED").status()).isEqualTo(200);
        JsonNode history = vendorOrder(s, order).get("paymentHistory");
        assertThat(history.findValuesAsString("to")).containsExactly("PENDING", "AUTHORIZED", "PAID");
    }

    @Test
    void aDeclinedCardFailsWithItsCodeAndTheShopperTriesAnotherCard() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");

        Http declined = new Http(pay(s, order, "pm_card_chargeDeclined"));

        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json.get("paymentStatus").asString()).isEqualTo("FAILED");
        assertThat(declined.json.get("card").get("status").asString()).isEqualTo("FAILED");
        assertThat(declined.json.get("card").get("failureCode").asString()).isNotBlank();

        Http retried = new Http(pay(s, order, "pm_card_visa"));
        assertThat(retried.json.get("paymentStatus").asString()).isEqualTo("AUTHORIZED");

        JsonNode payment = vendorPayment(s, order);
        assertThat(payment.get("attempts")).hasSize(2);
        assertThat(payment.get("attempts").get(0).get("status").asString())
                .as("the declined intent is cancelled so it can no longer be confirmed").isEqualTo("CANCELED");
        assertThat(payment.get("attempts").get(0).get("failureCode").asString())
                .isEqualTo(declined.json.get("card").get("failureCode").asString());
        assertThat(payment.get("attempts").get(1).get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(intentsOf(order)).containsExactly("pay:" + order + ":1", "pay:" + order + ":2");
    }

    @Test
    void aDeclinedPaymentIntentIsCancelledWhenTheShopperTriesAgainSoItCanNoLongerBeConfirmed() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        String declined = new Http(pay(s, order, "pm_card_chargeDeclined")).json.get("card").get("paymentIntentId")
                .asString();

        Http retried = new Http(pay(s, order, "pm_card_visa"));

        assertThat(retried.json.get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(stripe.paymentIntentStatus(declined)).isEqualTo("canceled");
        assertThat(confirmAtProvider(declined, "pm_card_visa")).isEqualTo(400);
    }

    @Test
    void aDeclinedPaymentIntentConfirmedLaterByTheBrowserIsReleasedNotCapturedBesideTheNewOne() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        String declined = new Http(pay(s, order, "pm_card_chargeDeclined")).json.get("card").get("paymentIntentId")
                .asString();
        // the provider cannot be reached while the new attempt starts: the declined intent stays confirmable
        for (int i = 0; i < 3; i++) {
            stripe.failNext("POST", "/v1/payment_intents/" + declined + "/cancel",
                    StripeStandIn.Failure.DROP_BEFORE_PROCESSING);
        }
        Http retried = new Http(pay(s, order, "pm_card_visa"));
        String current = retried.json.get("card").get("paymentIntentId").asString();
        assertThat(confirmAtProvider(declined, "pm_card_visa")).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> vendorPayment(s, order).get("attempts").get(0).get("status").asString(),
                        "AUTHORIZED"::equals);

        assertThat(s.shop().moveTo(order, "CONFIRMED").status()).isEqualTo(200);

        awaitPaymentStatus(s, order, "PAID");
        assertThat(stripe.captures(declined) + stripe.captures(current)).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(List.of(stripe.paymentIntentStatus(declined),
                        stripe.paymentIntentStatus(current))).containsExactlyInAnyOrder("succeeded", "canceled"));
    }

    /** The shopper's browser confirms a PaymentIntent at the provider itself (as Stripe.js does). */
    private int confirmAtProvider(String intentId, String paymentMethod) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stripe.baseUrl() + "/v1/payment_intents/" + intentId + "/confirm"))
                    .header("Authorization", "Bearer " + stripe.secretKey())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("payment_method=" + paymentMethod)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void threeDSecureSendsTheShopperAwayAndTheirReturnCompletesThePayment() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        stripe.stopWebhooks();

        Http started = new Http(pay(s, order, "pm_card_authenticationRequired"));

        assertThat(started.json.get("paymentStatus").asString()).isEqualTo("PENDING");
        JsonNode card = started.json.get("card");
        assertThat(card.get("status").asString()).isEqualTo("REQUIRES_ACTION");
        assertThat(card.get("nextAction").get("redirectUrl").asString()).startsWith("http");
        String intent = card.get("paymentIntentId").asString();

        stripe.authenticate(intent, true);
        Http back = new Http(shopperReturn(s, order));

        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.json.get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(back.json.get("card").get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(back.json.get("card").has("nextAction") && !back.json.get("card").get("nextAction").isNull())
                .isFalse();
    }

    @Test
    void threeDSecureCompletedIsAppliedByTheWebhookAlone() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        String intent = new Http(pay(s, order, "pm_card_authenticationRequired")).json.get("card")
                .get("paymentIntentId").asString();

        stripe.authenticate(intent, true);

        awaitPaymentStatus(s, order, "AUTHORIZED");
    }

    @Test
    void aLostAnswerIsRecoveredWithTheSameIdempotencyKeyAndMakesOnePaymentIntent() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_AFTER_PROCESSING);

        Http paid = new Http(pay(s, order, "pm_card_visa"));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json.get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        List<RecordedRequest> creates = stripe.requests("POST", "/v1/payment_intents").stream()
                .filter(r -> order.toString().equals(r.param("metadata[order_id]"))).toList();
        assertThat(creates).as("sent again after the dropped connection").hasSizeGreaterThanOrEqualTo(2);
        assertThat(creates).extracting(r -> r.header("Idempotency-Key")).containsOnly("pay:" + order + ":1");
        long intents = stripe.paymentIntentIds().stream()
                .filter(id -> stripe.paymentIntentJson(id).contains(order.toString())).count();
        assertThat(intents).isEqualTo(1);
    }

    @Test
    void aProviderThatStaysAwayAnswers503AndTheSameRequestLaterFindsTheSamePaymentIntent() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        for (int i = 0; i < 3; i++) {
            stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_AFTER_PROCESSING);
        }

        assertProblem(pay(s, order, "pm_card_visa"), 503, "PAYMENT_PROVIDER_UNAVAILABLE");
        Http again = new Http(pay(s, order, "pm_card_visa"));

        assertThat(again.json.get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(intentsOf(order)).containsExactly("pay:" + order + ":1");
        assertThat(stripe.paymentIntentIds().stream()
                .filter(id -> stripe.paymentIntentJson(id).contains(order.toString())).count()).isEqualTo(1);
    }

    @Test
    void aWebhookThatArrivesBeforeTheApiAnswerIsApplied() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        stripe.webhookDelay(Duration.ZERO, Duration.ZERO);
        // the provider authorizes, but its answer never reaches the platform (nor do stripe-java's retries)
        for (int i = 0; i < 3; i++) {
            stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_AFTER_PROCESSING);
        }

        assertProblem(pay(s, order, "pm_card_visa"), 503, "PAYMENT_PROVIDER_UNAVAILABLE");

        // nothing asks the provider again: only the webhook can have told it
        awaitPaymentStatus(s, order, "AUTHORIZED");
        assertThat(stripe.deliveries().stream().filter(d -> d.type().equals("payment_intent.amount_capturable_updated"))
                .filter(StripeStandIn.WebhookDelivery::succeeded).toList()).isNotEmpty();
        JsonNode history = vendorOrder(s, order).get("paymentHistory");
        assertThat(history.findValuesAsString("to")).containsExactly("PENDING", "AUTHORIZED");
    }

    @Test
    void cancellingAnAuthorizedOrderReleasesTheHold() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        String intent = new Http(pay(s, order, "pm_card_visa")).json.get("card").get("paymentIntentId").asString();

        assertThat(s.shop().moveTo(order, "CANCELLED").status()).isEqualTo(200);

        awaitPaymentStatus(s, order, "FAILED");
        assertThat(stripe.paymentIntentStatus(intent)).isEqualTo("canceled");
        assertThat(stripe.captures(intent)).isZero();
        assertThat(vendorPayment(s, order).get("attempts").get(0).get("status").asString()).isEqualTo("CANCELED");
        assertProblem(pay(s, order, "pm_card_visa"), 409, "ORDER_NOT_PAYABLE");
    }

    @Test
    void aBankTransferShowsWhereToPayAndIsMarkedPaidByTheTeam() {
        CardShop s = cardShop();
        UUID order = order(s, 1, "BANK_TRANSFER");

        Http instructions = new Http(pay(s, order, null));

        assertThat(instructions.json.get("paymentStatus").asString()).isEqualTo("PENDING");
        JsonNode transfer = instructions.json.get("bankTransfer");
        assertThat(transfer.get("reference").asString()).isEqualTo(vendorOrder(s, order).get("orderNumber").asString());
        assertThat(transfer.get("iban").asString()).isEqualTo("LU280019400644750000");
        assertThat(transfer.get("bic").asString()).isEqualTo("BCEELULL");
        assertThat(transfer.get("amount").decimalValue()).isEqualByComparingTo("24.90");
        assertThat(s.shop().moveTo(order, "CONFIRMED").status()).isEqualTo(200);
        assertThat(s.shop().moveTo(order, "SHIPPED").status()).as("not paid yet").isEqualTo(409);

        com.wizamart.support.Http.Response marked = http.post("/api/v1/vendor/orders/" + order + "/payment/mark-paid")
                .bearer(s.vendor().owner().accessToken()).json(Map.of("note", "transfer of 24.90 arrived")).send();

        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().get("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(s.shop().moveTo(order, "SHIPPED").status()).isEqualTo(200);
        UUID card = order(s, 1, "CARD");
        assertProblem(http.post("/api/v1/vendor/orders/" + card + "/payment/mark-paid")
                .bearer(s.vendor().owner().accessToken()).json(Map.of()).send(), 409, "PAYMENT_METHOD_NOT_MANUAL");
    }

    /** A response and its parsed body. */
    record Http(int status, JsonNode json, String body) {

        Http(com.wizamart.support.Http.Response response) {
            this(response.status(), response.json(), response.body());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
