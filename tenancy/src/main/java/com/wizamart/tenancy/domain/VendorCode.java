package com.wizamart.tenancy.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.ValidationException;

/** A vendor's unique, URL-safe code: 2-32 lowercase letters, digits and inner hyphens. */
public record VendorCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?");

    public VendorCode {
        if (value == null || value.length() < 2 || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("code",
                    "must be 2-32 lowercase letters, digits or inner hyphens");
        }
    }

    /** Normalises case and surrounding blanks before validating. */
    public static VendorCode of(String raw) {
        return new VendorCode(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
