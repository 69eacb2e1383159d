package com.wizamart.testing.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in Stripe's shape: the HTTP status and {@code {"error": {type, code, message, param, ...}}}.
 * Thrown by an operation before it changes anything, except for a card decline, which Stripe records on the
 * PaymentIntent first ({@code last_payment_error}) and then answers with 402.
 */
final class StripeError extends RuntimeException {

    private final int status;
    private final Map<String, Object> error;

    StripeError(int status, Map<String, Object> error) {
        super(String.valueOf(error.get("message")), null, false, false);
        this.status = status;
        this.error = error;
    }

    static StripeError invalidRequest(String code, String param, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.put("message", message);
        if (param != null) {
            error.put("param", param);
        }
        error.put("type", "invalid_request_error");
        return new StripeError(400, error);
    }

    static StripeError missing(String param) {
        return invalidRequest("parameter_missing", param, "Missing required param: " + param + ".");
    }

    static StripeError invalid(String param, String message) {
        return invalidRequest("parameter_invalid_string", param, message);
    }

    static StripeError noSuch(String objectName, String param, String id) {
        StripeError error = invalidRequest("resource_missing", param, "No such " + objectName + ": '" + id + "'");
        return new StripeError(404, error.error);
    }

    /** The error with the object it concerns attached, as Stripe does for a PaymentIntent in the wrong state. */
    StripeError with(String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(error);
        copy.put(field, value);
        return new StripeError(status, copy);
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        return body;
    }
}
