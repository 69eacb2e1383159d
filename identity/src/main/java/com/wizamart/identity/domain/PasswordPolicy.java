package com.wizamart.identity.domain;

import java.util.Locale;

import com.wizamart.sharedkernel.ValidationException;

/** What a password must be: 10 to 128 characters, not blank, and not the account's email (or its local part). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /**
     * @param field    the request field the password came in, for the error.
     * @throws ValidationException when the password breaks the policy.
     */
    public static void check(String password, EmailAddress email, String field) {
        if (password == null || password.isBlank()) {
            throw ValidationException.of(field, "must not be blank");
        }
        if (password.length() < MIN_LENGTH) {
            throw ValidationException.of(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw ValidationException.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (email != null) {
            String lower = password.strip().toLowerCase(Locale.ROOT);
            String local = email.value().substring(0, email.value().indexOf('@'));
            if (lower.equals(email.value()) || lower.equals(local)) {
                throw ValidationException.of(field, "must not be your email address");
            }
        }
    }
}
