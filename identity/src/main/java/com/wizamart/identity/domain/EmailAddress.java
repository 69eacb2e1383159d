package com.wizamart.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.ValidationException;

/** A normalised (trimmed, lower-case) email address. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        if (value == null || value.length() > 320 || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
