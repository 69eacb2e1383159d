package com.wizamart.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin's full view of a vendor, as the admin API shows it.
 *
 * @param feedSources where the vendor's product feeds are fetched from, by marketplace and language; {@literal null}
 *                    unless read for the admin view ({@link Vendors#detailsWithFeedSources}).
 */
public record VendorDetails(UUID id, String code, String name, String subdomain, String businessEmail,
                            String businessPhone, Address businessAddress, String vatNumber,
                            List<FeedSource> feedSources, Map<String, Object> theme,
                            List<Domain> customDomains, boolean verified, boolean active, boolean deleted,
                            Instant createdAt) {

    /** Postal address of the business. */
    public record Address(String street, String city, String postalCode, String country) {
    }

    /** A custom host name of the vendor and whether it is verified. */
    public record Domain(String domain, boolean verified) {
    }
}
