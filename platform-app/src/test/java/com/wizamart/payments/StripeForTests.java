package com.wizamart.payments;

import com.wizamart.testing.stripe.StripeStandIn;

/** The one local stand-in of Stripe's API the payments tests share (started on first use, for the JVM's lifetime). */
public final class StripeForTests {

    private static StripeStandIn standIn;

    private StripeForTests() {
    }

    /** The shared stand-in, started on first use. */
    public static synchronized StripeStandIn standIn() {
        if (standIn == null) {
            standIn = StripeStandIn.start();
            Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        }
        return standIn;
    }

    static String apiBase() {
        return standIn().baseUrl();
    }

    static String secretKey() {
        return standIn().secretKey();
    }
}
