package com.wizamart.testing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentCreateParams.CaptureMethod;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.RefundCreateParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripeStandInTests {

    private static final String SIGNING_SECRET = "whsec_standin_tests";

    private StripeStandIn stripe;
    private StripeClient client;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        stripe = StripeStandIn.start();
        client = clientWithRetries(0);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        stripe.close();
        receiver.close();
    }

    // ------------------------------------------------------------------------------------------ API and requests

    @Test
    void listensOnTheLoopbackAddressAndAcceptsOnlyItsSecretKey() {
        assertThat(stripe.baseUrl()).startsWith("http://127.0.0.1:");
        StripeClient intruder = StripeClient.builder().setApiKey("sk_test_somebodyElse1234")
                .setApiBase(stripe.baseUrl()).build();

        assertThatThrownBy(() -> intruder.v1().paymentIntents().create(visaPayment(1000, CaptureMethod.MANUAL)))
                .isInstanceOfSatisfying(AuthenticationException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(401);
                    assertThat(error.getStripeError().getType()).isEqualTo("invalid_request_error");
                    assertThat(error.getMessage()).contains("Invalid API Key provided").doesNotContain("somebodyElse");
                });
        assertThat(stripe.paymentIntentIds()).isEmpty();
    }

    @Test
    void recordsEveryRequestWithItsHeadersAndBracketNotationParameters() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                        .setAmount(2599L).setCurrency("eur").setCaptureMethod(CaptureMethod.MANUAL)
                        .putMetadata("order_id", "ord-42")
                        .setTransferData(PaymentIntentCreateParams.TransferData.builder()
                                .setDestination("acct_vendorA").build())
                        .setApplicationFeeAmount(130L)
                        .build(),
                RequestOptions.builder().setIdempotencyKey("order-42-attempt-1").build());

        StripeStandIn.RecordedRequest request = stripe.requests("POST", "/v1/payment_intents").getFirst();
        assertThat(request.idempotencyKey()).isEqualTo("order-42-attempt-1");
        assertThat(request.param("metadata[order_id]")).isEqualTo("ord-42");
        assertThat(request.param("transfer_data[destination]")).isEqualTo("acct_vendorA");
        assertThat(request.param("amount")).isEqualTo("2599");
        assertThat(request.header("authorization")).isEqualTo("Bearer " + stripe.secretKey());
        assertThat(intent.getMetadata()).containsEntry("order_id", "ord-42");
        assertThat(intent.getTransferData().getDestination()).isEqualTo("acct_vendorA");
        assertThat(intent.getApplicationFeeAmount()).isEqualTo(130L);
        assertThat(intent.getStatus()).isEqualTo("requires_payment_method");
    }

    @Test
    void anIntentOnAConnectedAccountIsInvisibleFromThePlatformAndAnUnknownIdIsMissing() throws StripeException {
        RequestOptions onVendor = RequestOptions.builder().setStripeAccount("acct_vendorB").build();
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(1000, CaptureMethod.MANUAL), onVendor);

        assertThat(stripe.requests("POST", "/v1/payment_intents").getFirst().stripeAccount())
                .isEqualTo("acct_vendorB");
        assertThat(client.v1().paymentIntents().retrieve(intent.getId(), onVendor).getStatus())
                .isEqualTo("requires_capture");
        assertThatThrownBy(() -> client.v1().paymentIntents().retrieve(intent.getId()))
                .isInstanceOfSatisfying(InvalidRequestException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(404);
                    assertThat(error.getCode()).isEqualTo("resource_missing");
                });
    }

    // ------------------------------------------------------------------------------------------ payment methods

    @Test
    void aVisaCardUnderManualCaptureIsAuthorizedThenCapturedOnceAndASecondCaptureIsRefused() throws StripeException {
        PaymentIntent authorized = client.v1().paymentIntents().create(visaPayment(4200, CaptureMethod.MANUAL));

        assertThat(authorized.getStatus()).isEqualTo("requires_capture");
        assertThat(authorized.getAmountCapturable()).isEqualTo(4200L);
        assertThat(authorized.getAmountReceived()).isZero();
        assertThat(authorized.getLatestCharge()).startsWith("ch_");

        PaymentIntent captured = client.v1().paymentIntents().capture(authorized.getId());
        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountCapturable()).isZero();
        assertThat(captured.getAmountReceived()).isEqualTo(4200L);

        assertThatThrownBy(() -> client.v1().paymentIntents().capture(authorized.getId()))
                .isInstanceOfSatisfying(InvalidRequestException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(400);
                    assertThat(error.getCode()).isEqualTo("payment_intent_unexpected_state");
                    assertThat(error.getStripeError().getPaymentIntent().getStatus()).isEqualTo("succeeded");
                });
        assertThat(stripe.captures(authorized.getId())).isEqualTo(1);
        Charge charge = client.v1().charges().retrieve(captured.getLatestCharge());
        assertThat(charge.getCaptured()).isTrue();
        assertThat(charge.getAmountCaptured()).isEqualTo(4200L);
    }

    @Test
    void aPartialCaptureReceivesOnlyTheCapturedAmount() throws StripeException {
        PaymentIntent authorized = client.v1().paymentIntents().create(visaPayment(5000, CaptureMethod.MANUAL));

        PaymentIntent captured = client.v1().paymentIntents().capture(authorized.getId(),
                PaymentIntentCaptureParams.builder().setAmountToCapture(3000L).build());

        assertThat(captured.getAmountReceived()).isEqualTo(3000L);
        assertThat(client.v1().charges().retrieve(captured.getLatestCharge()).getAmountRefunded()).isEqualTo(2000L);
    }

    @Test
    void anIntentWithoutPaymentMethodWaitsForOneThenForConfirmationAndSucceedsUnderAutomaticCapture()
            throws StripeException {
        PaymentIntent created = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(1500L).setCurrency("eur").build());
        assertThat(created.getStatus()).isEqualTo("requires_payment_method");
        assertThat(created.getClientSecret()).startsWith(created.getId() + "_secret_");

        PaymentIntent withCard = client.v1().paymentIntents().update(created.getId(),
                PaymentIntentUpdateParams.builder().setPaymentMethod("pm_card_visa").build());
        assertThat(withCard.getStatus()).isEqualTo("requires_confirmation");

        PaymentIntent confirmed = client.v1().paymentIntents().confirm(created.getId());
        assertThat(confirmed.getStatus()).isEqualTo("succeeded");
        assertThat(confirmed.getAmountReceived()).isEqualTo(1500L);
        assertThat(stripe.captures(created.getId())).isEqualTo(1);
    }

    @Test
    void aDeclinedCardAnswers402AndLeavesTheIntentWaitingForAnotherPaymentMethod() throws StripeException {
        PaymentIntent created = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(1500L).setCurrency("eur").setCaptureMethod(CaptureMethod.MANUAL).build());

        assertThatThrownBy(() -> client.v1().paymentIntents().confirm(created.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_chargeDeclined").build()))
                .isInstanceOfSatisfying(CardException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(402);
                    assertThat(error.getCode()).isEqualTo("card_declined");
                    assertThat(error.getDeclineCode()).isEqualTo("generic_decline");
                    assertThat(error.getStripeError().getType()).isEqualTo("card_error");
                    assertThat(error.getStripeError().getPaymentIntent().getId()).isEqualTo(created.getId());
                });

        PaymentIntent after = client.v1().paymentIntents().retrieve(created.getId());
        assertThat(after.getStatus()).isEqualTo("requires_payment_method");
        assertThat(after.getLastPaymentError().getCode()).isEqualTo("card_declined");
        assertThat(after.getLastPaymentError().getType()).isEqualTo("card_error");
        assertThat(stripe.captures(created.getId())).isZero();

        PaymentIntent retried = client.v1().paymentIntents().confirm(created.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
        assertThat(retried.getStatus()).isEqualTo("requires_capture");
        assertThat(retried.getLastPaymentError()).isNull();
    }

    @Test
    void aCardThatRequiresAuthenticationWaitsForTheShopperOnTheRedirectPage() throws Exception {
        PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(3100L).setCurrency("eur").setCaptureMethod(CaptureMethod.MANUAL)
                .setPaymentMethod("pm_card_authenticationRequired").setConfirm(true)
                .setReturnUrl("https://shop.example/return?order=7").build());

        assertThat(intent.getStatus()).isEqualTo("requires_action");
        assertThat(intent.getNextAction().getType()).isEqualTo("redirect_to_url");
        String page = intent.getNextAction().getRedirectToUrl().getUrl();
        assertThat(page).startsWith(stripe.baseUrl());
        assertThat(get(page).body()).contains("Complete authentication");

        HttpResponse<String> completed = post(stripe.baseUrl() + "/__standin/payment_intents/" + intent.getId()
                + "/authenticate?outcome=succeed");
        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(completed.headers().firstValue("Location")).get().asString()
                .startsWith("https://shop.example/return?order=7&payment_intent=" + intent.getId())
                .endsWith("&redirect_status=succeeded");
        assertThat(client.v1().paymentIntents().retrieve(intent.getId()).getStatus()).isEqualTo("requires_capture");
    }

    @Test
    void aFailedAuthenticationLeavesTheIntentWaitingForAnotherPaymentMethod() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(3100L).setCurrency("eur").setPaymentMethod("pm_card_authenticationRequired")
                .setConfirm(true).build());

        stripe.authenticate(intent.getId(), false);

        PaymentIntent after = client.v1().paymentIntents().retrieve(intent.getId());
        assertThat(after.getStatus()).isEqualTo("requires_payment_method");
        assertThat(after.getNextAction()).isNull();
        assertThat(after.getLastPaymentError().getCode()).isEqualTo("payment_intent_authentication_failure");
        assertThat(stripe.events("payment_intent.payment_failed")).hasSize(1);
    }

    @Test
    void aProcessingPaymentEndsWhenTheStandInSettlesIt() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(800L).setCurrency("eur").setPaymentMethod("pm_card_processing").setConfirm(true).build());
        assertThat(intent.getStatus()).isEqualTo("processing");

        stripe.settle(intent.getId(), true);

        assertThat(client.v1().paymentIntents().retrieve(intent.getId()).getStatus()).isEqualTo("succeeded");
    }

    @Test
    void cancelingAnAuthorizationReleasesItAndACanceledIntentCannotBeCanceledAgain() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(900, CaptureMethod.MANUAL));

        PaymentIntent canceled = client.v1().paymentIntents().cancel(intent.getId(),
                PaymentIntentCancelParams.builder()
                        .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED).build());

        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThat(canceled.getCancellationReason()).isEqualTo("abandoned");
        assertThat(canceled.getAmountCapturable()).isZero();
        assertThatThrownBy(() -> client.v1().paymentIntents().cancel(intent.getId()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        error -> assertThat(error.getCode()).isEqualTo("payment_intent_unexpected_state"));
        assertThatThrownBy(() -> client.v1().paymentIntents().capture(intent.getId()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anAuthorizationNotCapturedWithinSevenDaysIsCanceledAutomatically() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(900, CaptureMethod.MANUAL));

        stripe.advanceClock(Duration.ofDays(6));
        assertThat(stripe.paymentIntentStatus(intent.getId())).isEqualTo("requires_capture");
        stripe.advanceClock(Duration.ofDays(1).plusMinutes(1));

        PaymentIntent expired = client.v1().paymentIntents().retrieve(intent.getId());
        assertThat(expired.getStatus()).isEqualTo("canceled");
        assertThat(expired.getCancellationReason()).isEqualTo("automatic");
    }

    // ------------------------------------------------------------------------------------------------ idempotency

    @Test
    void theSameIdempotencyKeyWithTheSameParametersReplaysTheFirstAnswer() throws StripeException {
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("attempt-1").build();

        PaymentIntent first = client.v1().paymentIntents().create(visaPayment(700, CaptureMethod.AUTOMATIC), key);
        PaymentIntent second = client.v1().paymentIntents().create(visaPayment(700, CaptureMethod.AUTOMATIC), key);

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(stripe.paymentIntentIds()).containsExactly(first.getId());
        assertThat(stripe.captures(first.getId())).isEqualTo(1);
        assertThat(second.getLastResponse().headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    @Test
    void theSameIdempotencyKeyWithOtherParametersIsAnIdempotencyError() throws StripeException {
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("attempt-2").build();
        client.v1().paymentIntents().create(visaPayment(700, CaptureMethod.MANUAL), key);

        assertThatThrownBy(() -> client.v1().paymentIntents().create(visaPayment(701, CaptureMethod.MANUAL), key))
                .isInstanceOfSatisfying(IdempotencyException.class, error -> {
                    assertThat(error.getStatusCode()).isEqualTo(400);
                    assertThat(error.getStripeError().getType()).isEqualTo("idempotency_error");
                });
        assertThat(stripe.paymentIntentIds()).hasSize(1);
    }

    @Test
    void aCaptureRepeatedWithItsIdempotencyKeyIsAppliedOnce() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(700, CaptureMethod.MANUAL));
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("capture-" + intent.getId()).build();

        client.v1().paymentIntents().capture(intent.getId(), key);
        PaymentIntent replayed = client.v1().paymentIntents().capture(intent.getId(), key);

        assertThat(replayed.getStatus()).isEqualTo("succeeded");
        assertThat(stripe.captures(intent.getId())).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------ failures

    @Test
    void aConnectionDroppedAfterProcessingIsRetriedWithTheSameKeyAndCreatesNothingTwice() throws StripeException {
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_AFTER_PROCESSING);

        PaymentIntent intent = clientWithRetries(2).v1().paymentIntents()
                .create(visaPayment(1200, CaptureMethod.MANUAL));

        List<StripeStandIn.RecordedRequest> posts = stripe.requests("POST", "/v1/payment_intents");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).idempotencyKey()).isNotBlank().isEqualTo(posts.get(0).idempotencyKey());
        assertThat(stripe.paymentIntentIds()).containsExactly(intent.getId());
        assertThat(intent.getStatus()).isEqualTo("requires_capture");
    }

    @Test
    void aConnectionDroppedTwiceFailsTheCallAfterTheJdkResentThePostOnceWithTheSameKey() {
        // HttpURLConnection (stripe-java's default transport) resends a POST once on its own when the connection
        // closes unanswered: only the idempotency key keeps that resend from creating a second object
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_AFTER_PROCESSING);
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_AFTER_PROCESSING);

        assertThatThrownBy(() -> client.v1().paymentIntents().create(visaPayment(1200, CaptureMethod.MANUAL),
                RequestOptions.builder().setIdempotencyKey("order-9-attempt-1").build()))
                .isInstanceOf(ApiConnectionException.class);

        assertThat(stripe.requests("POST", "/v1/payment_intents")).hasSize(2)
                .allMatch(request -> "order-9-attempt-1".equals(request.idempotencyKey()));
        assertThat(stripe.paymentIntentIds()).hasSize(1);
    }

    @Test
    void aConnectionDroppedBeforeProcessingChangesNothing() {
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_BEFORE_PROCESSING);
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.DROP_BEFORE_PROCESSING);

        assertThatThrownBy(() -> client.v1().paymentIntents().create(visaPayment(1200, CaptureMethod.MANUAL)))
                .isInstanceOf(ApiConnectionException.class);

        assertThat(stripe.paymentIntentIds()).isEmpty();
    }

    @Test
    void aServerErrorIsAnsweredOnceWithoutProcessing() throws StripeException {
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.HTTP_500);

        assertThatThrownBy(() -> client.v1().paymentIntents().create(visaPayment(1200, CaptureMethod.MANUAL)))
                .isInstanceOfSatisfying(ApiException.class, error -> assertThat(error.getStatusCode()).isEqualTo(500));
        assertThat(stripe.paymentIntentIds()).isEmpty();

        client.v1().paymentIntents().create(visaPayment(1200, CaptureMethod.MANUAL));
        assertThat(stripe.paymentIntentIds()).hasSize(1);
    }

    @Test
    void aDelayedAnswerArrivesAfterTheDelay() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(1200, CaptureMethod.MANUAL));
        stripe.failNext("GET", "/v1/payment_intents/", StripeStandIn.Failure.delay(Duration.ofMillis(400)));

        long start = System.nanoTime();
        client.v1().paymentIntents().retrieve(intent.getId());
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        client.v1().paymentIntents().retrieve(intent.getId());
        long secondMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(firstMillis).isGreaterThanOrEqualTo(400);
        assertThat(secondMillis).isLessThan(400);
    }

    @Test
    void randomAnswerDelaysStayWithinTheirRange() throws StripeException {
        stripe.answerDelay(Duration.ofMillis(150), Duration.ofMillis(250));

        long start = System.nanoTime();
        client.v1().paymentIntents().create(visaPayment(1200, CaptureMethod.MANUAL));

        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 2_000L);
    }

    // ------------------------------------------------------------------------------------- refunds and balance

    @Test
    void aRefundSucceedsAndIsBookedBesideTheChargeAndItsFees() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(10_000L).setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true)
                .setTransferData(PaymentIntentCreateParams.TransferData.builder()
                        .setDestination("acct_vendorC").build())
                .setApplicationFeeAmount(500L).build());

        Refund refund = client.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(intent.getId()).setAmount(2_500L).build());

        assertThat(refund.getStatus()).isEqualTo("succeeded");
        assertThat(refund.getAmount()).isEqualTo(2_500L);
        assertThat(refund.getPaymentIntent()).isEqualTo(intent.getId());
        List<BalanceTransaction> platform = new ArrayList<>();
        client.v1().balanceTransactions().list(BalanceTransactionListParams.builder().setLimit(100L).build())
                .getData().forEach(platform::add);
        assertThat(platform).extracting(BalanceTransaction::getType)
                .containsExactly("refund", "application_fee", "transfer", "charge");
        BalanceTransaction charge = platform.getLast();
        assertThat(charge.getSource()).isEqualTo(intent.getLatestCharge());
        assertThat(charge.getAmount()).isEqualTo(10_000L);
        assertThat(charge.getFee()).isEqualTo(StripeStandIn.processingFee(10_000L));
        assertThat(charge.getNet()).isEqualTo(10_000L - StripeStandIn.processingFee(10_000L));
        assertThat(platform.get(0).getAmount()).isEqualTo(-2_500L);
        assertThat(platform.get(0).getSource()).isEqualTo(refund.getId());
        assertThat(platform.get(1).getAmount()).isEqualTo(500L);

        StripeCollection<BalanceTransaction> vendor = client.v1().balanceTransactions()
                .list(RequestOptions.builder().setStripeAccount("acct_vendorC").build());
        assertThat(vendor.getData()).singleElement().satisfies(payment -> {
            assertThat(payment.getType()).isEqualTo("payment");
            assertThat(payment.getNet()).isEqualTo(9_500L);
        });

        assertThatThrownBy(() -> client.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(intent.getId()).setAmount(7_501L).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        error -> assertThat(error.getCode()).isEqualTo("amount_too_large"));
    }

    @Test
    void aRefundTheNetworkRefusesIsAnsweredPendingAndThenFails() throws Exception {
        stripe.deliverWebhooksTo(receiver.url(), SIGNING_SECRET);
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(3000, CaptureMethod.AUTOMATIC));
        stripe.failNextRefund("expired_or_canceled_card");

        Refund refund = client.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(intent.getId()).build());
        assertThat(refund.getStatus()).isEqualTo("pending");

        Refund failed = client.v1().refunds().retrieve(refund.getId());
        assertThat(failed.getStatus()).isEqualTo("failed");
        assertThat(failed.getFailureReason()).isEqualTo("expired_or_canceled_card");
        assertThat(failed.getFailureBalanceTransaction()).startsWith("txn_");
        assertThat(client.v1().charges().retrieve(intent.getLatestCharge()).getAmountRefunded()).isZero();
        assertThat(stripe.awaitWebhooks(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.types()).contains("refund.created", "refund.updated", "refund.failed");
    }

    @Test
    void balanceTransactionsAreListedNewestFirstInPagesFromACreationTime() throws StripeException {
        List<String> charges = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            charges.add(client.v1().paymentIntents().create(visaPayment(100 * i, CaptureMethod.AUTOMATIC))
                    .getLatestCharge());
        }

        StripeCollection<BalanceTransaction> first = client.v1().balanceTransactions()
                .list(BalanceTransactionListParams.builder().setLimit(2L).build());
        assertThat(first.getHasMore()).isTrue();
        assertThat(first.getData()).extracting(BalanceTransaction::getSource)
                .containsExactly(charges.get(4), charges.get(3));
        StripeCollection<BalanceTransaction> second = client.v1().balanceTransactions()
                .list(BalanceTransactionListParams.builder().setLimit(2L)
                        .setStartingAfter(first.getData().getLast().getId()).build());
        assertThat(second.getData()).extracting(BalanceTransaction::getSource)
                .containsExactly(charges.get(2), charges.get(1));
        List<String> all = new ArrayList<>();
        first.autoPagingIterable().forEach(txn -> all.add(txn.getSource()));
        assertThat(all).containsExactlyElementsOf(charges.reversed());

        long tomorrow = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        assertThat(client.v1().balanceTransactions().list(BalanceTransactionListParams.builder()
                .setCreated(BalanceTransactionListParams.Created.builder().setGte(tomorrow).build()).build())
                .getData()).isEmpty();
        stripe.advanceClock(Duration.ofDays(2));
        String later = client.v1().paymentIntents().create(visaPayment(999, CaptureMethod.AUTOMATIC))
                .getLatestCharge();
        assertThat(client.v1().balanceTransactions().list(BalanceTransactionListParams.builder()
                .setCreated(BalanceTransactionListParams.Created.builder().setGte(tomorrow).build()).build())
                .getData()).extracting(BalanceTransaction::getSource).containsExactly(later);
    }

    @Test
    void anExpandedLatestChargeIsTheChargeObject() throws StripeException {
        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(4000, CaptureMethod.AUTOMATIC));

        PaymentIntent expanded = client.v1().paymentIntents().retrieve(intent.getId(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build());

        assertThat(expanded.getLatestChargeObject().getBalanceTransaction()).startsWith("txn_");
        assertThat(expanded.getLatestChargeObject().getAmountCaptured()).isEqualTo(4000L);
    }

    // ------------------------------------------------------------------------------------------------ webhooks

    @Test
    void eachStateChangeIsDeliveredAsAnEventStripeJavaVerifiesAndReads() throws Exception {
        stripe.deliverWebhooksTo(receiver.url(), SIGNING_SECRET);

        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(2500, CaptureMethod.MANUAL));
        client.v1().paymentIntents().capture(intent.getId());
        assertThat(stripe.awaitWebhooks(Duration.ofSeconds(5))).isTrue();

        assertThat(receiver.types()).containsExactlyInAnyOrder("payment_intent.created",
                "payment_intent.amount_capturable_updated", "payment_intent.succeeded");
        for (Received received : receiver.received) {
            Event event = Webhook.constructEvent(received.payload(), received.signature(), SIGNING_SECRET);
            assertThat(event.getId()).startsWith("evt_");
            assertThat(event.getApiVersion()).isEqualTo(Stripe.API_VERSION);
            assertThat(event.getLivemode()).isFalse();
            Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
            assertThat(object).get().isInstanceOfSatisfying(PaymentIntent.class,
                    data -> assertThat(data.getId()).isEqualTo(intent.getId()));
            assertThatThrownBy(() -> Webhook.constructEvent(received.payload(), received.signature(),
                    "whsec_somebody_else")).isInstanceOf(SignatureVerificationException.class);
        }
        Event succeeded = Webhook.constructEvent(receiver.payloadOf("payment_intent.succeeded"),
                receiver.signatureOf("payment_intent.succeeded"), SIGNING_SECRET);
        assertThat(((PaymentIntent) succeeded.getDataObjectDeserializer().getObject().orElseThrow())
                .getAmountReceived()).isEqualTo(2500L);
        assertThat(stripe.deliveries()).hasSize(3).allMatch(StripeStandIn.WebhookDelivery::succeeded);
    }

    @Test
    void aDeclineACancellationAndARefundAreDeliveredAsTheirEvents() throws Exception {
        stripe.deliverWebhooksTo(receiver.url(), SIGNING_SECRET);

        assertThatThrownBy(() -> client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(100L).setCurrency("eur").setPaymentMethod("pm_card_chargeDeclined").setConfirm(true)
                .build())).isInstanceOf(CardException.class);
        PaymentIntent authorized = client.v1().paymentIntents().create(visaPayment(200, CaptureMethod.MANUAL));
        client.v1().paymentIntents().cancel(authorized.getId());
        PaymentIntent paid = client.v1().paymentIntents().create(visaPayment(300, CaptureMethod.AUTOMATIC));
        client.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(paid.getId()).build());
        assertThat(stripe.awaitWebhooks(Duration.ofSeconds(5))).isTrue();

        assertThat(receiver.types()).contains("payment_intent.payment_failed", "payment_intent.canceled",
                "charge.refunded", "refund.created");
        Event refunded = Webhook.constructEvent(receiver.payloadOf("charge.refunded"),
                receiver.signatureOf("charge.refunded"), SIGNING_SECRET);
        Charge charge = (Charge) refunded.getDataObjectDeserializer().getObject().orElseThrow();
        assertThat(charge.getRefunded()).isTrue();
        assertThat(charge.getPaymentIntent()).isEqualTo(paid.getId());
    }

    @Test
    void delayedWebhooksMayArriveBeforeTheApiAnswerAndAnEventCanBeRedelivered() throws Exception {
        stripe.deliverWebhooksTo(receiver.url(), SIGNING_SECRET);
        stripe.webhookDelay(Duration.ofMillis(50), Duration.ofMillis(100));
        stripe.failNext("POST", "/v1/payment_intents", StripeStandIn.Failure.delay(Duration.ofMillis(600)));

        PaymentIntent intent = client.v1().paymentIntents().create(visaPayment(2500, CaptureMethod.MANUAL));
        Instant answered = Instant.now();

        assertThat(receiver.received).extracting(Received::type).contains("payment_intent.amount_capturable_updated");
        assertThat(receiver.received).allMatch(received -> received.at().isBefore(answered));
        assertThat(stripe.awaitWebhooks(Duration.ofSeconds(5))).isTrue();

        String eventId = stripe.events("payment_intent.amount_capturable_updated").getFirst().id();
        receiver.answer.set(500);
        StripeStandIn.WebhookDelivery again = stripe.redeliver(eventId);

        assertThat(again.redelivery()).isTrue();
        assertThat(again.status()).isEqualTo(500);
        assertThat(again.succeeded()).isFalse();
        assertThat(receiver.received).filteredOn(received -> received.payload().contains(eventId)).hasSize(2);
        assertThat(stripe.events("payment_intent.amount_capturable_updated").getFirst().objectId())
                .isEqualTo(intent.getId());
    }

    @Test
    void aCraftedStaleOrForeignSignatureFailsVerificationWhileAFreshOnePasses() throws Exception {
        String payload = "{\"id\":\"evt_crafted\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"id\":\"pi_1\",\"object\":\"payment_intent\"}}}";
        long now = Instant.now().getEpochSecond();

        assertThat(Webhook.constructEvent(payload, StripeStandIn.signatureHeader(payload, now, SIGNING_SECRET),
                SIGNING_SECRET).getId()).isEqualTo("evt_crafted");
        assertThat(StripeStandIn.signatureHeader(payload, now, SIGNING_SECRET))
                .isEqualTo(Webhook.Signature.generateSignatureHeader(payload, SIGNING_SECRET, now));
        assertThatThrownBy(() -> Webhook.constructEvent(payload,
                StripeStandIn.signatureHeader(payload, now - 600, SIGNING_SECRET), SIGNING_SECRET, 300))
                .isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() -> Webhook.constructEvent(payload,
                StripeStandIn.signatureHeader(payload, now, "whsec_other"), SIGNING_SECRET))
                .isInstanceOf(SignatureVerificationException.class);

        stripe.deliverWebhooksTo(receiver.url(), SIGNING_SECRET);
        assertThat(stripe.postToWebhookEndpoint(payload, "t=1,v1=00")).isEqualTo(200);
        assertThat(receiver.received.getLast().signature()).isEqualTo("t=1,v1=00");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private StripeClient clientWithRetries(int retries) {
        return StripeClient.builder().setApiKey(stripe.secretKey()).setApiBase(stripe.baseUrl())
                .setMaxNetworkRetries(retries).build();
    }

    private static PaymentIntentCreateParams visaPayment(long amount, CaptureMethod captureMethod) {
        return PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("eur")
                .setCaptureMethod(captureMethod).setPaymentMethod("pm_card_visa").setConfirm(true).build();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpResponse<String> post(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private record Received(String type, String payload, String signature, Instant at) {
    }

    /** The platform's webhook endpoint, as far as these tests need one: it keeps what it receives. */
    private static final class WebhookReceiver implements AutoCloseable {

        final List<Received> received = new CopyOnWriteArrayList<>();
        final AtomicInteger answer = new AtomicInteger(200);
        private final HttpServer server;

        WebhookReceiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/webhook", exchange -> {
                String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String type = payload.replaceAll("(?s).*\"type\":\"([^\"]+)\"}$", "$1");
                received.add(new Received(type, payload, exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                        Instant.now()));
                exchange.sendResponseHeaders(answer.get(), -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
        }

        List<String> types() {
            return received.stream().map(Received::type).toList();
        }

        String payloadOf(String type) {
            return received.stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow().payload();
        }

        String signatureOf(String type) {
            return received.stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow().signature();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
