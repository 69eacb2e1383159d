package com.wizamart.payments.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.wizamart.ordering.PaymentMethod;

/**
 * Payments' settings ({@code wizamart.payments.*}).
 *
 * @param defaultMethods what a shop that configured nothing offers, the default first (bank transfers only once the
 *                       shop set its account holder and IBAN, cards only with a connected account); also what a shop
 *                       whose chosen methods all became impossible falls back to, and at last cash on delivery.
 * @param captureBefore  an authorized card payment of a confirmed order is captured, and one of an order that is not
 *                       going ahead released, at the latest this long after its authorization (card holds expire
 *                       after 7 days).
 * @param refundPendingAlertAfter a card refund the provider still has pending this long after it was asked for is a
 *                       reconciliation finding ({@code REFUND_PENDING}): card refunds settle within minutes, a few
 *                       days at most.
 * @param stripe         the payment provider.
 */
@ConfigurationProperties("wizamart.payments")
public record PaymentsProperties(@DefaultValue("CASH_ON_DELIVERY") List<PaymentMethod> defaultMethods,
                                 @DefaultValue("6d") Duration captureBefore,
                                 @DefaultValue("3d") Duration refundPendingAlertAfter,
                                 @DefaultValue Stripe stripe) {

    public PaymentsProperties {
        defaultMethods = defaultMethods == null || defaultMethods.isEmpty()
                ? List.of(PaymentMethod.CASH_ON_DELIVERY)
                : List.copyOf(defaultMethods.stream().distinct().toList());
        if (refundPendingAlertAfter == null || refundPendingAlertAfter.isNegative() || refundPendingAlertAfter.isZero()) {
            throw new IllegalArgumentException("wizamart.payments.refund-pending-alert-after must be positive");
        }
    }

    /**
     * Stripe. Without a secret key, card payments are unavailable. The key and the signing secrets come from
     * configuration only (environment variables in production) and are never logged: {@link #toString()} leaves them
     * out.
     *
     * @param secretKey             the platform's secret API key ({@code sk_...}); empty: card payments are off.
     * @param apiBase               where the API is (tests point it at a local stand-in).
     * @param webhookSecrets        the webhook signing secrets ({@code whsec_...}); several during a rotation.
     * @param webhookTolerance      a webhook whose signed timestamp is older than this is refused; at least 1s
     *                              (startup fails otherwise: the provider's library checks no age under a second).
     * @param applicationFeePercent the platform's fee on each card payment, in percent of the total.
     * @param connectTimeout        connection timeout of each API call.
     * @param readTimeout           read timeout of each API call.
     * @param maxNetworkRetries     retries of an API call that failed on the network (same idempotency key).
     */
    public record Stripe(String secretKey, @DefaultValue("https://api.stripe.com") String apiBase,
                         List<String> webhookSecrets, @DefaultValue("300s") Duration webhookTolerance,
                         @DefaultValue("0") BigDecimal applicationFeePercent,
                         @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
                         @DefaultValue("2") int maxNetworkRetries) {

        public Stripe {
            secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey.strip();
            webhookSecrets = webhookSecrets == null ? List.of()
                    : webhookSecrets.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
            applicationFeePercent = applicationFeePercent == null ? BigDecimal.ZERO : applicationFeePercent;
            // the signature check ignores the timestamp when the tolerance is under a second: a replay would pass
            if (webhookTolerance == null || webhookTolerance.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("wizamart.payments.stripe.webhook-tolerance must be at least 1s "
                        + "(it is " + webhookTolerance + "): under a second, old webhooks would not be refused");
            }
        }

        /** @return whether card payments can be taken at all (a secret key is configured). */
        public boolean configured() {
            return secretKey != null;
        }

        @Override
        public String toString() {
            return "Stripe[secretKey=" + (secretKey == null ? "none" : "(set)") + ", apiBase=" + apiBase
                    + ", webhookSecrets=" + webhookSecrets.size() + " (set), webhookTolerance=" + webhookTolerance
                    + ", applicationFeePercent=" + applicationFeePercent + ", connectTimeout=" + connectTimeout
                    + ", readTimeout=" + readTimeout + ", maxNetworkRetries=" + maxNetworkRetries + "]";
        }
    }
}
