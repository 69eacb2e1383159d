package com.wizamart.payments;

/** The one local stand-in of Stripe's API the payments tests share (started on first use, for the JVM's lifetime). */
final class StripeForTests {

    private StripeForTests() {
    }

    static String apiBase() {
        return "http://127.0.0.1:9";
    }
}
