package com.wizamart.payments;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/**
 * Another vendor's (or another customer's) orders and payments do not exist for the caller on any payments endpoint;
 * the platform's secrets never appear in an answer or in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PaymentIsolationIntegrationTests extends PaymentsApiTest {

    @Test
    void anotherVendorsOrderIsNotFoundOnEveryPaymentEndpoint() {
        CardShop a = cardShop();
        UUID order = order(a, 1, "BANK_TRANSFER");
        UUID card = order(a, 1, "CARD");
        pay(a, card, "pm_card_visa");
        Fixtures.VendorAccount b = fixtures.vendor();

        for (UUID id : List.of(order, card)) {
            assertProblem(http.get("/api/v1/vendor/orders/" + id + "/payment").bearer(b.owner().accessToken())
                    .send(), 404, "ORDER_NOT_FOUND");
            assertProblem(http.post("/api/v1/vendor/orders/" + id + "/payment/mark-paid")
                    .bearer(b.owner().accessToken()).json(Map.of()).send(), 404, "ORDER_NOT_FOUND");
        }
        assertThat(paymentStatus(a, order)).isEqualTo("PENDING");
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndAnotherShopsCustomerIsRefused() {
        CardShop a = cardShop();
        UUID order = order(a, 1, "CARD");
        Fixtures.Session stranger = fixtures.customer(a.vendor());
        CardShop b = cardShop();

        for (Http.Response response : List.of(
                http.post(a.base() + "/orders/" + order + "/payment").bearer(stranger.accessToken())
                        .json(Map.of("paymentMethodId", "pm_card_visa")).send(),
                http.get(a.base() + "/orders/" + order + "/payment").bearer(stranger.accessToken()).send(),
                // b's customer asks b's shop for a's order
                http.get(b.base() + "/orders/" + order + "/payment").bearer(b.customer().accessToken()).send())) {
            assertProblem(response, 404, "ORDER_NOT_FOUND");
        }
        assertThat(http.get(a.base() + "/orders/" + order + "/payment").bearer(b.customer().accessToken()).send()
                .status()).as("a token of another shop").isIn(403, 404);
        assertThat(http.post(a.base() + "/orders/" + order + "/payment").json(Map.of()).send().status())
                .as("anonymous").isEqualTo(401);
        assertThat(intentsOf(order)).isEmpty();
    }

    @Test
    void teamMembersWithoutTheRightPermissionCannotMarkPaid() {
        CardShop a = cardShop();
        UUID order = order(a, 1, "CASH_ON_DELIVERY");
        Fixtures.Session viewer = fixtures.member(a.vendor(), "Viewer");

        assertProblem(http.post("/api/v1/vendor/orders/" + order + "/payment/mark-paid").bearer(viewer.accessToken())
                .json(Map.of()).send(), 403, "ACCESS_DENIED");
        assertThat(http.get("/api/v1/vendor/orders/" + order + "/payment").bearer(viewer.accessToken()).send()
                .status()).isEqualTo(200);
    }

    @Test
    void theProvidersSecretsAppearInNoAnswerAndNoLog(CapturedOutput output) {
        CardShop a = cardShop();
        UUID order = order(a, 1, "CARD");
        StringBuilder answers = new StringBuilder();
        answers.append(pay(a, order, "pm_card_chargeDeclined").body());
        answers.append(pay(a, order, "pm_card_visa").body());
        answers.append(shopperReturn(a, order).body());
        answers.append(http.get("/api/v1/vendor/orders/" + order + "/payment").bearer(a.vendor().owner().accessToken())
                .send().body());
        answers.append(http.get("/api/v1/vendor/payments/settings").bearer(a.vendor().owner().accessToken()).send()
                .body());
        answers.append(http.post(WEBHOOK).header("Stripe-Signature", "t=1,v1=00").raw("{}", "application/json")
                .send().body());
        answers.append(http.get("/actuator/env").bearer(fixtures.sharedAdmin().accessToken()).send().body());

        for (String secret : List.of(SECRET_KEY, WEBHOOK_SECRET, OLD_WEBHOOK_SECRET)) {
            assertThat(answers.toString()).doesNotContain(secret);
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }
}
