package com.wizamart.tenancy.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.ValidationException;

/**
 * A vendor's own host name (e.g. {@code shop.acme.lu}); only a verified one routes requests to the vendor.
 *
 * @param domain   lowercase host name.
 * @param verified whether ownership was verified by a platform admin.
 */
public record CustomDomain(String domain, boolean verified) {

    private static final Pattern HOST =
            Pattern.compile("(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public CustomDomain {
        domain = domain == null ? null : domain.strip().toLowerCase(Locale.ROOT);
        if (domain == null || !HOST.matcher(domain).matches()) {
            throw ValidationException.of("customDomains", "'" + domain + "' is not a valid host name");
        }
    }
}
