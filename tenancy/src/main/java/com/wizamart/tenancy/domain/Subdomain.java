package com.wizamart.tenancy.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.ValidationException;

/** A DNS label under the platform domain; a few names are reserved for the platform itself. */
public record Subdomain(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<String> RESERVED = Set.of("www", "admin", "api", "app", "static", "mail", "status");

    public Subdomain {
        if (value == null || !LABEL.matcher(value).matches()) {
            throw ValidationException.of("subdomain", "must be a DNS label: lowercase letters, digits, inner hyphens");
        }
        if (RESERVED.contains(value)) {
            throw ValidationException.of("subdomain", "is reserved for the platform");
        }
    }

    /** @return whether {@code label} is one of the platform's own host labels ({@code www}, {@code api}, ...). */
    public static boolean isReserved(String label) {
        return label != null && RESERVED.contains(label.toLowerCase(Locale.ROOT));
    }

    public static Subdomain of(String raw) {
        return new Subdomain(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
