package com.wizamart.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.payments.application.Refunds;
import com.wizamart.support.Http;
import com.wizamart.tenancy.Actor;
import com.wizamart.testing.stripe.StripeStandIn;
import com.wizamart.testing.stripe.StripeStandIn.RecordedRequest;

import tools.jackson.databind.JsonNode;

/**
 * Refunding a card order sends the money back through the provider, once per refund (full, or per line); a refund
 * the provider refuses stays visible; a cancelled order that was captured is refunded; a bank transfer is refunded by
 * hand.
 */
class RefundIntegrationTests extends PaymentsApiTest {

    @Autowired
    Refunds refunds;

    @Test
    void refundsPerLineThenTheRestGoBackThroughTheProviderOnceEach() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 3);

        Http.Response first = refund(s, order, 1);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        awaitPaymentStatus(s, order, "PARTIALLY_REFUNDED");
        UUID refundId = UUID.fromString(first.json().get("id").asString());
        List<RecordedRequest> sent = refundRequests(order);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().header("Idempotency-Key")).isEqualTo("refund:" + refundId);
        assertThat(sent.getFirst().param("amount")).isEqualTo("2490");
        assertThat(sent.getFirst().param("reverse_transfer")).isEqualTo("true");

        // the same refund again (a redelivered event) changes nothing
        refunds.refund(s.vendor().id(), order, refundId, new BigDecimal("24.90"), Actor.system());
        assertThat(refundRequests(order)).hasSize(1);

        assertThat(refund(s, order, 2).status()).isEqualTo(201);
        awaitPaymentStatus(s, order, "REFUNDED");
        JsonNode payment = vendorPayment(s, order);
        assertThat(payment.get("refunds")).hasSize(2);
        assertThat(payment.get("refunds").findValuesAsString("status")).containsOnly("SUCCEEDED");
        assertThat(refundRequests(order)).hasSize(2);
        assertThat(vendorOrder(s, order).get("paymentHistory").findValuesAsString("to"))
                .containsExactly("PENDING", "AUTHORIZED", "PAID", "PARTIALLY_REFUNDED", "REFUNDED");
    }

    @Test
    void aRefundTheProviderRefusesStaysVisibleAsFailed() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 2);
        stripe.failNextRefund("insufficient_funds");

        assertThat(refund(s, order, 1).status()).isEqualTo(201);

        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            JsonNode refund = vendorPayment(s, order).get("refunds").get(0);
            assertThat(refund.get("status").asString()).isEqualTo("FAILED");
            assertThat(refund.get("failureReason").asString()).contains("insufficient_funds");
        });
        assertThat(paymentStatus(s, order)).as("nothing went back").isEqualTo("PAID");
    }

    @Test
    void cancellingACapturedOrderRefundsWhatWasCaptured() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 1);

        assertThat(s.shop().moveTo(order, "CANCELLED").status()).isEqualTo(200);

        awaitPaymentStatus(s, order, "REFUNDED");
        assertThat(refundRequests(order)).hasSize(1);
        assertThat(refundRequests(order).getFirst().param("amount")).isEqualTo("2490");
    }

    @Test
    void aBankTransferIsRefundedByHandAndRecordedAsSuch() {
        CardShop s = cardShop();
        UUID order = order(s, 2, "BANK_TRANSFER");
        s.shop().moveTo(order, "CONFIRMED");
        http.post("/api/v1/vendor/orders/" + order + "/payment/mark-paid").bearer(s.vendor().owner().accessToken())
                .json(Map.of()).send();

        assertThat(refund(s, order, 1).status()).isEqualTo(201);

        awaitPaymentStatus(s, order, "PARTIALLY_REFUNDED");
        JsonNode refund = vendorPayment(s, order).get("refunds").get(0);
        assertThat(refund.get("status").asString()).isEqualTo("MANUAL");
        assertThat(refund.get("providerId").isNull()).isTrue();
        assertThat(refundRequests(order)).isEmpty();
    }

    @Test
    void aRefundAskedBeforeTheCaptureWaitsForItInsteadOfFailingWhileTheMoneyIsTaken() {
        CardShop s = cardShop();
        UUID order = order(s, 2, "CARD");
        assertThat(pay(s, order, "pm_card_visa").json().get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        UUID refundId = UUID.randomUUID();

        // the refund's event arrives while the payment is still only authorized: delivered again later
        assertThatThrownBy(() -> refunds.refund(s.vendor().id(), order, refundId, new BigDecimal("24.90"),
                Actor.system())).isInstanceOf(Refunds.CaptureOutstanding.class);
        assertThat(vendorPayment(s, order).get("refunds")).as("nothing recorded as failed").isEmpty();

        assertThat(s.shop().moveTo(order, "CONFIRMED").status()).isEqualTo(200);
        awaitPaymentStatus(s, order, "PAID");
        refunds.refund(s.vendor().id(), order, refundId, new BigDecimal("24.90"), Actor.system());

        awaitPaymentStatus(s, order, "PARTIALLY_REFUNDED");
        assertThat(vendorPayment(s, order).get("refunds").findValuesAsString("status")).containsExactly("SUCCEEDED");
        assertThat(refundRequests(order)).hasSize(1);
        assertThat(refundRequests(order).getFirst().param("amount")).isEqualTo("2490");
    }

    @Test
    void cancellingAfterALineRefundStillPendingSendsBackOnlyTheRest() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 3);
        // the provider is away while the line refund is sent: it stays pending
        for (int i = 0; i < 3; i++) {
            stripe.failNext("POST", "/v1/refunds", StripeStandIn.Failure.DROP_BEFORE_PROCESSING);
        }
        assertThat(refund(s, order, 1).status()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(vendorPayment(s, order).get("refunds").findValuesAsString("status"))
                        .containsExactly("PENDING"));

        assertThat(s.shop().moveTo(order, "CANCELLED").status()).isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(vendorPayment(s, order).get("refunds")).hasSize(2));
        JsonNode rest = vendorPayment(s, order).get("refunds").get(1);
        assertThat(rest.get("amount").decimalValue()).isEqualByComparingTo("49.80");
    }

    private UUID paidCardOrder(CardShop s, int quantity) {
        UUID order = order(s, quantity, "CARD");
        assertThat(pay(s, order, "pm_card_visa").json().get("paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(s.shop().moveTo(order, "CONFIRMED").status()).isEqualTo(200);
        awaitPaymentStatus(s, order, "PAID");
        return order;
    }

    private Http.Response refund(CardShop s, UUID order, int quantity) {
        return http.post("/api/v1/vendor/orders/" + order + "/refunds").bearer(s.vendor().owner().accessToken())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", quantity)))).send();
    }

    private List<RecordedRequest> refundRequests(UUID order) {
        return stripe.requests("POST", "/v1/refunds").stream()
                .filter(r -> order.toString().equals(r.param("metadata[order_id]"))).toList();
    }
}
