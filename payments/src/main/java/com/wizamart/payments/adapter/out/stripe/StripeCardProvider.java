package com.wizamart.payments.adapter.out.stripe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.wizamart.payments.application.port.out.CardProvider;
import com.wizamart.payments.config.PaymentsProperties;

/**
 * Stripe through {@code stripe-java}: a {@link StripeClient} built with the configured secret key, API base URL,
 * timeouts and network retries (which repeat a call with its idempotency key). Destination charges: the
 * PaymentIntent is the platform's, {@code transfer_data[destination]} pays it out to the vendor's connected account,
 * less {@code application_fee_amount}. The secret key is never logged; errors are logged by code and request id.
 */
@Component
class StripeCardProvider implements CardProvider {

    private static final Logger log = LoggerFactory.getLogger(StripeCardProvider.class);

    private final StripeClient client;

    StripeCardProvider(PaymentsProperties properties) {
        PaymentsProperties.Stripe stripe = properties.stripe();
        this.client = stripe.configured() ? StripeClient.builder().setApiKey(stripe.secretKey())
                .setApiBase(stripe.apiBase())
                .setConnectTimeout((int) stripe.connectTimeout().toMillis())
                .setReadTimeout((int) stripe.readTimeout().toMillis())
                .setMaxNetworkRetries(stripe.maxNetworkRetries()).build() : null;
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public Intent createIntent(NewIntent intent, String idempotencyKey) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(intent.amountMinor()).setCurrency(intent.currency().toLowerCase(java.util.Locale.ROOT))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .addPaymentMethodType("card")
                .setTransferData(PaymentIntentCreateParams.TransferData.builder()
                        .setDestination(intent.connectedAccount()).build())
                .putAllMetadata(intent.metadata());
        if (intent.feeMinor() > 0) {
            params.setApplicationFeeAmount(intent.feeMinor());
        }
        if (intent.paymentMethodId() != null) {
            params.setPaymentMethod(intent.paymentMethodId()).setConfirm(true);
            if (intent.returnUrl() != null) {
                params.setReturnUrl(intent.returnUrl());
            }
        }
        return call("create a payment intent", () -> intent(require().paymentIntents().create(params.build(),
                key(idempotencyKey))));
    }

    @Override
    public Intent retrieve(String intentId) {
        return call("retrieve a payment intent", () -> intent(require().paymentIntents().retrieve(intentId)));
    }

    @Override
    public Intent capture(String intentId, String idempotencyKey) {
        return call("capture a payment intent", () -> intent(require().paymentIntents().capture(intentId,
                key(idempotencyKey))));
    }

    @Override
    public Intent cancel(String intentId, String idempotencyKey) {
        return call("cancel a payment intent", () -> intent(require().paymentIntents().cancel(intentId,
                key(idempotencyKey))));
    }

    @Override
    public Refund refund(String intentId, long amountMinor, Map<String, String> metadata, String idempotencyKey) {
        // a destination charge: the transfer to the vendor is reversed and the platform's fee given back in
        // proportion, so the refund is paid by the vendor who received the money
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amountMinor)
                .setReverseTransfer(true).setRefundApplicationFee(true).putAllMetadata(metadata).build();
        return call("refund a payment intent", () -> {
            com.stripe.model.Refund r = require().refunds().create(params, key(idempotencyKey));
            return new Refund(r.getId(), r.getStatus(), r.getFailureReason(), r.getPaymentIntent(),
                    r.getAmount() == null ? 0 : r.getAmount(), r.getMetadata() == null ? Map.of() : r.getMetadata());
        });
    }

    @Override
    public Map<String, String> chargeMetadata(String chargeId) {
        return call("retrieve a charge", () -> {
            Map<String, String> metadata = require().charges().retrieve(chargeId).getMetadata();
            return metadata == null ? Map.of() : metadata;
        });
    }

    @Override
    public List<BalanceTransaction> balanceTransactions(Instant since) {
        BalanceTransactionListParams params = BalanceTransactionListParams.builder().setLimit(100L)
                .setCreated(BalanceTransactionListParams.Created.builder().setGte(since.getEpochSecond()).build())
                .build();
        return call("list balance transactions", () -> {
            List<BalanceTransaction> all = new ArrayList<>();
            for (com.stripe.model.BalanceTransaction t : require().balanceTransactions().list(params)
                    .autoPagingIterable()) {
                all.add(new BalanceTransaction(t.getId(), t.getSource(), t.getType(),
                        t.getAmount() == null ? 0 : t.getAmount(), t.getCurrency(),
                        t.getCreated() == null ? null : Instant.ofEpochSecond(t.getCreated())));
            }
            return all;
        });
    }

    private StripeClient require() {
        if (client == null) {
            throw new IllegalStateException("Card payments are not configured (no secret key)");
        }
        return client;
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    static Intent intent(PaymentIntent pi) {
        String redirect = pi.getNextAction() != null && pi.getNextAction().getRedirectToUrl() != null
                ? pi.getNextAction().getRedirectToUrl().getUrl() : null;
        StripeError error = pi.getLastPaymentError();
        String code = error == null ? null : error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode();
        return new Intent(pi.getId(), pi.getStatus(), pi.getClientSecret(), redirect, pi.getLatestCharge(),
                pi.getAmount() == null ? 0 : pi.getAmount(), pi.getAmountReceived() == null ? 0 : pi.getAmountReceived(),
                code, error == null ? null : error.getMessage(), pi.getMetadata() == null ? Map.of() : pi.getMetadata());
    }

    private interface Call<T> {
        T run() throws StripeException;
    }

    private static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (CardException e) {
            PaymentIntent pi = e.getStripeError() == null ? null : e.getStripeError().getPaymentIntent();
            String code = e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode();
            log.info("The payment provider declined to {}: {} (request {})", what, code, e.getRequestId());
            throw new Declined(code, safeMessage(e), pi == null ? null : intent(pi));
        } catch (InvalidRequestException e) {
            if (e.getStatusCode() != null && e.getStatusCode() >= 500) {
                throw unavailable(what, e);
            }
            log.warn("The payment provider refused to {}: {} (request {})", what, e.getCode(), e.getRequestId());
            throw new Declined(e.getCode(), safeMessage(e), null);
        } catch (ApiConnectionException | ApiException | RateLimitException | IdempotencyException e) {
            throw unavailable(what, e);
        } catch (AuthenticationException e) {
            log.error("The payment provider refused the platform's credentials (request {})", e.getRequestId());
            throw new Unavailable("The payment provider refused the platform's credentials", null);
        } catch (StripeException e) {
            throw unavailable(what, e);
        }
    }

    private static Unavailable unavailable(String what, StripeException e) {
        log.warn("Could not {} at the payment provider: {} {} (request {})", what,
                e.getClass().getSimpleName(), e.getStatusCode(), e.getRequestId());
        return new Unavailable("Could not " + what + " at the payment provider", null);
    }

    /** The provider's message for the customer, without the request details. */
    private static String safeMessage(StripeException e) {
        StripeError error = e.getStripeError();
        String message = error != null && error.getMessage() != null ? error.getMessage() : e.getUserMessage();
        return message == null ? "Refused by the payment provider." : message;
    }
}
