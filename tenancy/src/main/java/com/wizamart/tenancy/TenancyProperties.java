package com.wizamart.tenancy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tenancy settings ({@code wizamart.tenancy.*}).
 *
 * @param platformDomain       the domain vendor subdomains live under: {@code acme.<platformDomain>}.
 * @param customDomainsEnabled whether verified custom domains route requests to their vendor.
 * @param vendorLookupTtl      how long a vendor found by request routing is remembered: a change made on another
 *                             instance (deactivation, new subdomain) takes at most this long to reach this one;
 *                             {@code 0} asks the database on every request.
 */
@ConfigurationProperties("wizamart.tenancy")
public record TenancyProperties(@DefaultValue("wizamart.localhost") String platformDomain,
                                @DefaultValue("true") boolean customDomainsEnabled,
                                @DefaultValue("2s") Duration vendorLookupTtl) {
}
