package com.wizamart.tenancy;

import java.util.Map;

/**
 * Everything needed to open a new vendor.
 *
 * @param code             unique, URL-safe code; derived from the subdomain when {@literal null}.
 * @param name             display name; must not be blank.
 * @param subdomain        DNS label under the platform domain; must not be blank.
 * @param business         contact and address details.
 * @param letzshopCsvUrls  feed URL per language ({@code en}, {@code fr}, {@code de}); may be empty.
 * @param owner            the vendor's first owner; must not be {@literal null}.
 */
public record RegisterVendor(String code, String name, String subdomain, BusinessDetails business,
                             Map<String, String> letzshopCsvUrls, Owner owner) {
}
