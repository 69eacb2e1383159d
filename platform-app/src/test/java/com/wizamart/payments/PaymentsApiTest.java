package com.wizamart.payments;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/**
 * Base of the payments API tests: the platform configured with a Stripe secret key and two webhook signing secrets
 * (a rotation), talking to a local stand-in of Stripe's API. The same values for every payments test class, so they
 * share one application context.
 */
public abstract class PaymentsApiTest extends ApiTest {

    protected static final String SECRET_KEY = "sk_test_wizamart_" + "9f3c1a";
    protected static final String OLD_WEBHOOK_SECRET = "whsec_old_" + "4b7d2e";
    protected static final String WEBHOOK_SECRET = "whsec_new_" + "a81c55";

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("wizamart.payments.stripe.secret-key", () -> SECRET_KEY);
        registry.add("wizamart.payments.stripe.webhook-secrets", () -> OLD_WEBHOOK_SECRET + "," + WEBHOOK_SECRET);
        registry.add("wizamart.payments.stripe.api-base", StripeForTests::apiBase);
        registry.add("wizamart.payments.stripe.max-network-retries", () -> "2");
        registry.add("wizamart.payments.stripe.read-timeout", () -> "3s");
        registry.add("wizamart.payments.stripe.application-fee-percent", () -> "5");
    }

    /** A platform admin links the vendor to {@code account}. */
    protected Http.Response connect(Fixtures.VendorAccount vendor, String account) {
        return http.put("/api/v1/admin/vendors/" + vendor.id() + "/payments/connected-account")
                .bearer(fixtures.sharedAdmin().accessToken()).json(Map.of("accountId", account)).send();
    }

    protected Http.Response putSettings(Fixtures.Session session, Object body) {
        return http.put("/api/v1/vendor/payments/settings").bearer(session.accessToken()).json(body).send();
    }
}
