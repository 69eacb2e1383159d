package com.wizamart.payments;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.wizamart.support.BrowserTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.testing.stripe.StripeStandIn;

/**
 * Base of the browser tests of the payment pages: the platform configured with a Stripe secret key, talking to the
 * local stand-in of Stripe's API the payments tests share, so that card payments can be available and the
 * reconciliation has a provider to read. The same values for each such class, so they share one application context.
 */
public abstract class PaymentsBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("wizamart.payments.stripe.secret-key", StripeForTests::secretKey);
        registry.add("wizamart.payments.stripe.webhook-secrets", () -> "whsec_browser_" + "5d31a0");
        registry.add("wizamart.payments.stripe.api-base", StripeForTests::apiBase);
        registry.add("wizamart.payments.stripe.max-network-retries", () -> "2");
        registry.add("wizamart.payments.stripe.read-timeout", () -> "3s");
    }

    protected static StripeStandIn stripe() {
        return StripeForTests.standIn();
    }

    protected static String secretKey() {
        return StripeForTests.secretKey();
    }

    /** A platform admin links the vendor to {@code account} through the API. */
    protected Http.Response connect(Fixtures.VendorAccount vendor, String account) {
        return http.put("/api/v1/admin/vendors/" + vendor.id() + "/payments/connected-account")
                .bearer(fixtures.sharedAdmin().accessToken()).json(Map.of("accountId", account)).send();
    }

    /** A connected account id of the vendor's own (letters and digits only, as Stripe's). */
    protected static String accountOf(Fixtures.VendorAccount vendor) {
        return "acct_1" + vendor.code().replaceAll("[^A-Za-z0-9]", "");
    }
}
