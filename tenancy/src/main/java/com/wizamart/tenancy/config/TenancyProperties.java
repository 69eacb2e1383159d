package com.wizamart.tenancy.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tenancy settings ({@code wizamart.tenancy.*}).
 *
 * @param platformDomain         the domain vendor subdomains live under: {@code acme.<platformDomain>}.
 * @param customDomainsEnabled   whether verified custom domains route requests to their vendor.
 * @param vendorLookupTtl        how long a vendor found by request routing is remembered: a change made on another
 *                               instance (deactivation, new subdomain) takes at most this long to reach this one;
 *                               {@code 0} asks the database on every request.
 * @param vendorLookupMaxEntries how many routing lookups (vendors found, and ids, codes or hosts that name none) each
 *                               instance remembers at most; beyond it the ones least likely to be used again are
 *                               forgotten, one at a time, so probing random hosts cannot grow the memory.
 */
@ConfigurationProperties("wizamart.tenancy")
public record TenancyProperties(@DefaultValue("wizamart.localhost") String platformDomain,
                                @DefaultValue("true") boolean customDomainsEnabled,
                                @DefaultValue("2s") Duration vendorLookupTtl,
                                @DefaultValue("20000") long vendorLookupMaxEntries) {
}
