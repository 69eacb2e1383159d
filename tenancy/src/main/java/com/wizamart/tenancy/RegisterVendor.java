package com.wizamart.tenancy;

import java.util.List;

/**
 * Everything needed to open a new vendor.
 *
 * @param code             unique, URL-safe code; derived from the subdomain when {@literal null}.
 * @param name             display name; must not be blank.
 * @param subdomain        DNS label under the platform domain; must not be blank.
 * @param business         contact and address details.
 * @param feedSources      where the vendor's product feeds are fetched from; {@literal null} or empty for none.
 * @param owner            the vendor's first owner; must not be {@literal null}.
 */
public record RegisterVendor(String code, String name, String subdomain, BusinessDetails business,
                             List<FeedSource> feedSources, Owner owner) {
}
