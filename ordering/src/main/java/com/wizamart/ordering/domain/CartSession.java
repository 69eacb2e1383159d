package com.wizamart.ordering.domain;

import java.util.regex.Pattern;

import com.wizamart.sharedkernel.ValidationException;

/** Cart session ids: chosen by the shop's front end, opaque to us, 8 to 100 URL-safe characters. */
public final class CartSession {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~-]{8,100}");

    private CartSession() {
    }

    /** @throws ValidationException naming {@code field} unless the id is valid. */
    public static String check(String sessionId, String field) {
        if (sessionId == null || !VALID.matcher(sessionId).matches()) {
            throw ValidationException.of(field, "must be 8 to 100 characters of A-Z, a-z, 0-9, '.', '_', '~', '-'");
        }
        return sessionId;
    }
}
