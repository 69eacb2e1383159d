package com.wizamart.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tenancy settings ({@code wizamart.tenancy.*}).
 *
 * @param platformDomain       the domain vendor subdomains live under: {@code acme.<platformDomain>}.
 * @param customDomainsEnabled whether verified custom domains route requests to their vendor.
 */
@ConfigurationProperties("wizamart.tenancy")
public record TenancyProperties(@DefaultValue("wizamart.localhost") String platformDomain,
                                @DefaultValue("true") boolean customDomainsEnabled) {
}
