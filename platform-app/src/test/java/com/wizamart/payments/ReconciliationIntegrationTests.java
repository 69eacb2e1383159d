package com.wizamart.payments;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.support.Http;
import com.wizamart.tenancy.VendorScope;

import tools.jackson.databind.JsonNode;

/**
 * The reconciliation compares the provider's balance with the platform's records per vendor: money the platform never
 * recorded, and refunds the provider refused, become findings admins list and resolve.
 */
class ReconciliationIntegrationTests extends PaymentsApiTest {

    @Autowired
    AttemptStore attempts;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChargeThePlatformNeverRecordedIsFoundListedAndResolved() throws Exception {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 1);
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
        UUID order = paidCardOrder(s, 2);
        stripe.failNextRefund("expired_or_canceled_card");
        refundOneUnit(s, order, "FAILED");

        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();

        assertThat(open(s).findValuesAsString("kind")).containsExactly("REFUND_REFUSED");
    }

    @Test
    void anOrderWithTwoCapturedPaymentsIsADuplicateCaptureFinding() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 1);
        PaymentAttempt first = vendorScope.callAs(s.vendor().id(), () -> transactions.execute(tx ->
                attempts.ofOrder(order))).getFirst();
        // planted: a second payment of the same order taken at the provider and recorded as a second attempt
        StripeClient direct = StripeClient.builder().setApiKey(SECRET_KEY).setApiBase(stripe.baseUrl()).build();
        PaymentIntent second;
        try {
            second = direct.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                    .setAmount(first.amountMinor()).setCurrency("eur").setPaymentMethod("pm_card_visa")
                    .setConfirm(true).addPaymentMethodType("card")
                    .setTransferData(PaymentIntentCreateParams.TransferData.builder().setDestination(s.account())
                            .build())
                    .putMetadata("vendor_id", s.vendor().id().toString()).putMetadata("order_id", order.toString())
                    .build());
        } catch (com.stripe.exception.StripeException e) {
            throw new IllegalStateException(e);
        }
        Instant now = Instant.now();
        PaymentAttempt extra = new PaymentAttempt(UUID.randomUUID(), s.vendor().id(), order, first.orderNumber(), 2,
                "planted:" + order, null, null, AttemptStatus.CREATED, first.amount(), first.amountMinor(), 0, 0,
                first.currency(), first.connectedAccount(), null, null, now, now, null, null, null, null, null);
        vendorScope.runAs(s.vendor().id(), () -> transactions.executeWithoutResult(tx -> {
            attempts.insert(extra);
            attempts.update(extra.with(second.getId(), second.getLatestCharge(), AttemptStatus.CAPTURED,
                    first.amountMinor(), null, null, now));
        }));

        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();

        JsonNode findings = open(s);
        assertThat(findings.findValuesAsString("kind")).containsExactly("DUPLICATE_CAPTURE");
        assertThat(findings.get(0).get("providerId").asString()).isEqualTo(second.getLatestCharge());
        assertThat(findings.get(0).get("actual").decimalValue()).isEqualByComparingTo(first.amount());
    }

    @Test
    void aRefundLeftPendingForDaysIsAFinding_soIsOneThatFailsAfterThePeriodItWasAskedIn() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 2);
        refundOneUnit(s, order, "SUCCEEDED");
        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();
        assertThat(open(s)).isEmpty();
        // as if the provider had kept it pending since it was asked for, four days ago (more than the 3 days allowed)
        plantRefund(s, order, "PENDING", "4 days");

        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();

        JsonNode findings = open(s);
        assertThat(findings.findValuesAsString("kind")).containsExactly("REFUND_PENDING");
        assertThat(findings.get(0).get("providerId").asString()).isEqualTo("refund:" + refundId(s, order));
        assertThat(findings.get(0).get("expected").decimalValue()).isPositive();

        // it fails at last, long after the period it was asked in was reconciled
        plantRefund(s, order, "FAILED", "4 days");
        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();

        assertThat(open(s).findValuesAsString("kind")).containsExactlyInAnyOrder("REFUND_PENDING", "REFUND_REFUSED");
    }

    @Test
    void aRefundTheProviderRefusedAfterItsPeriodIsAFindingEvenWhenItsWebhookWasLost() {
        CardShop s = cardShop();
        UUID order = paidCardOrder(s, 2);
        stripe.failNextRefund("lost_or_stolen_card");
        refundOneUnit(s, order, "FAILED");
        // as if the webhook that told the failure had been lost: the platform believes the refund, asked for four
        // days ago (before the period the run covers), went through
        String providerId = plantRefund(s, order, "SUCCEEDED", "4 days");

        http.post("/api/v1/admin/payments/reconciliation-runs").bearer(fixtures.sharedAdmin().accessToken()).send();

        JsonNode findings = open(s);
        assertThat(findings.findValuesAsString("kind")).containsExactly("REFUND_REFUSED");
        assertThat(findings.get(0).get("providerId").asString()).isEqualTo(providerId);
    }

    /** An order of {@code quantity} units paid by card and confirmed (so captured). */
    private UUID paidCardOrder(CardShop s, int quantity) {
        UUID order = order(s, quantity, "CARD");
        pay(s, order, "pm_card_visa");
        s.shop().moveTo(order, "CONFIRMED");
        awaitPaymentStatus(s, order, "PAID");
        return order;
    }

    /** The vendor refunds one unit of the order's first line; the refund reaches {@code status}. */
    private void refundOneUnit(CardShop s, UUID order, String status) {
        Http.Response refunded = http.post("/api/v1/vendor/orders/" + order + "/refunds")
                .bearer(s.vendor().owner().accessToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .json(Map.of("lines", java.util.List.of(Map.of("lineNo", 1, "quantity", 1)))).send();
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(vendorPayment(s, order).get("refunds").get(0).get("status").asString())
                        .isEqualTo(status));
    }

    private UUID refundId(CardShop s, UUID order) {
        return vendorScope.callAs(s.vendor().id(), () -> jdbc.sql("select id from payments_refunds where order_id = :o")
                .param("o", order).query(UUID.class).single());
    }

    /** Sets the order's refund to {@code status}, asked for {@code age} ago and changed now; its provider id. */
    private String plantRefund(CardShop s, UUID order, String status, String age) {
        return vendorScope.callAs(s.vendor().id(), () -> jdbc.sql("""
                        update payments_refunds set status = :status, created_at = now() - cast(:age as interval),
                          updated_at = now(), failure_reason = case when :status = 'FAILED' then 'lost_or_stolen_card' end
                        where order_id = :order returning provider_id""")
                .param("status", status).param("age", age).param("order", order).query(String.class).single());
    }

    private JsonNode open(CardShop s) {
        Http.Response list = http.get("/api/v1/admin/payments/mismatches?resolved=false&vendorId=" + s.vendor().id())
                .bearer(fixtures.sharedAdmin().accessToken()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("content");
    }
}
