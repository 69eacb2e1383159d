package com.wizamart.payments.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The card payment provider (Stripe): PaymentIntents on vendors' connected accounts, captures, cancellations,
 * refunds and balance transactions. Every writing call carries an idempotency key, so repeating it (after a lost
 * answer) does the work once.
 */
public interface CardProvider {

    /** @return whether the provider is configured (a secret key). */
    boolean configured();

    /**
     * Creates a PaymentIntent (manual capture, destination charge to {@code connectedAccount} with the fee), and
     * confirms it at once when {@code paymentMethodId} is given.
     *
     * @throws Declined when the card was declined (the intent exists, with the error).
     * @throws Unavailable when the provider could not be reached or failed (repeat with the same key).
     */
    Intent createIntent(NewIntent intent, String idempotencyKey);

    /** @throws Unavailable when the provider could not be reached. */
    Intent retrieve(String intentId);

    /** @throws Declined when the capture was refused (e.g. the authorization expired). */
    Intent capture(String intentId, String idempotencyKey);

    Intent cancel(String intentId, String idempotencyKey);

    /** @throws Declined when the provider refused the refund (the reason is in its message). */
    Refund refund(String intentId, long amountMinor, Map<String, String> metadata, String idempotencyKey);

    /** The metadata of the charge {@code chargeId} (a destination charge carries its PaymentIntent's). */
    Map<String, String> chargeMetadata(String chargeId);

    /** The platform's balance transactions created at or after {@code since}, all pages. */
    List<BalanceTransaction> balanceTransactions(Instant since);

    /**
     * @param amountMinor the order total in minor units.
     * @param feeMinor    the platform's application fee in minor units; 0 for none.
     * @param returnUrl   where the 3-D Secure page sends the shopper back; {@literal null} for none.
     */
    record NewIntent(long amountMinor, String currency, String connectedAccount, long feeMinor,
                     String paymentMethodId, String returnUrl, Map<String, String> metadata) {
    }

    /**
     * A PaymentIntent's state.
     *
     * @param redirectUrl   where 3-D Secure sends the shopper ({@code next_action.redirect_to_url.url}); or null.
     * @param errorCode     the decline code of the last attempt (decline_code, else code); or null.
     */
    record Intent(String id, String status, String clientSecret, String redirectUrl, String latestCharge,
                  long amount, long amountReceived, String errorCode, String errorMessage,
                  Map<String, String> metadata) {

        public boolean declined() {
            return errorCode != null || errorMessage != null;
        }
    }

    record Refund(String id, String status, String failureReason, String paymentIntent, long amount,
                  Map<String, String> metadata) {
    }

    /**
     * @param source the charge ({@code ch_...}, {@code py_...}) or refund ({@code re_...}) it is about.
     * @param type   {@code charge}, {@code payment}, {@code refund}, ...
     * @param amount signed, minor units.
     */
    record BalanceTransaction(String id, String source, String type, long amount, String currency,
                              Instant created) {
    }

    /** The provider refused: a card decline, a refused capture or refund. */
    final class Declined extends RuntimeException {

        private final String code;
        private final transient Intent intent;

        public Declined(String code, String message, Intent intent) {
            super(message);
            this.code = code;
            this.intent = intent;
        }

        public String code() {
            return code;
        }

        /** @return the intent as the refusal left it; {@literal null} when the answer had none. */
        public Intent intent() {
            return intent;
        }
    }

    /** The provider could not be reached, timed out or failed; the call may be repeated with the same key. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
