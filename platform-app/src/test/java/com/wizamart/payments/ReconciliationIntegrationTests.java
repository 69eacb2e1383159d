package com.wizamart.payments;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * The reconciliation compares the provider's balance with the platform's records per vendor: money the platform never
 * recorded, and refunds the provider refused, become findings admins list and resolve.
 */
class ReconciliationIntegrationTests extends PaymentsApiTest {

    @Test
    void aChargeThePlatformNeverRecordedIsFoundListedAndResolved() throws Exception {
        CardShop s = cardShop();
        UUID order = order(s, 1, "CARD");
        pay(s, order, "pm_card_visa");
        s.shop().moveTo(order, "CONFIRMED");
        awaitPaymentStatus(s, order, "PAID");
        // planted: a payment taken at the provider for this vendor that no order of the platform knows
        StripeClient direct = StripeClient.builder().setApiKey(SECRET_KEY).setApiBase(stripe.baseUrl()).build();
        PaymentIntent planted = direct.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(1234L).setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true)
                .addPaymentMethodType("card")
                .setTransferData(PaymentIntentCreateParams.TransferData.builder().setDestination(s.account()).build())
                .putMetadata("vendor_id", s.vendor().id().toString()).build());

        Http.Response run = http.post("/api/v1/admin/payments/reconciliation-runs")
                .bearer(fixtures.sharedAdmin().accessToken()).send();

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("findings").asInt()).isPositive();
        JsonNode findings = open(s);
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.get("kind").asString()).isEqualTo("MISSING_ON_PLATFORM");
        assertThat(finding.get("providerId").asString()).isEqualTo(planted.getLatestCharge());
        assertThat(finding.get("actual").decimalValue()).isEqualByComparingTo("12.34");
        assertThat(finding.get("vendorName").asString()).isEqualTo("Shop " + s.vendor().code());

        Http.Response resolved = http.post("/api/v1/admin/payments/mismatches/" + finding.get("id").asString()
                        + "/resolve").bearer(fixtures.sharedAdmin().accessToken())
                .json(Map.of("note", "a manual charge made in the dashboard")).send();
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("resolvedAt").isNull()).isFalse();
        assertThat(open(s)).isEmpty();
        assertProblem(http.post("/api/v1/admin/payments/mismatches/" + UUID.randomUUID() + "/resolve")
                .bearer(fixtures.sharedAdmin().accessToken()).json(Map.of("note", "x")).send(), 404,
                "PAYMENT_MISMATCH_NOT_FOUND");
        assertProblem(http.get("/api/v1/admin/payments/mismatches").bearer(s.vendor().owner().accessToken()).send(),
                403, "ACCESS_DENIED");
    }

    @Test
    void aRefundTheProviderRefusedIsAFinding() {
        CardShop s = cardShop();
        UUID order = order(s, 2, "CARD");
        pay(s, order, "pm_card_visa");
        s.shop().moveTo(order, "CONFIRMED");
        awaitPaymentStatus(s, order, "PAID");
        stripe.failNextRefund("expired_or_canceled_card");
        http.post("/api/v1/vendor/orders/" + order + "/refunds").bearer(s.vendor().owner().accessToken())
                .json(Map.of("lines", java.util.List.of(Map.of("lineNo", 1, "quantity", 1)))).send();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(vendorPayment(s, order).get("refunds").get(0).get("status").asString())
                        .isEqualTo("FAILED"));

        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();

        assertThat(open(s).findValuesAsString("kind")).containsExactly("REFUND_REFUSED");
    }

    private JsonNode open(CardShop s) {
        Http.Response list = http.get("/api/v1/admin/payments/mismatches?resolved=false&vendorId=" + s.vendor().id())
                .bearer(fixtures.sharedAdmin().accessToken()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("content");
    }
}
