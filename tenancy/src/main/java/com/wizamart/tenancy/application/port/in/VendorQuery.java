package com.wizamart.tenancy.application.port.in;

/**
 * Filters of the admin vendor list; {@literal null} means "any".
 *
 * @param search   part of the vendor's name, code, subdomain or business email, case-insensitive.
 * @param active   only active (or only inactive) vendors.
 * @param verified only verified (or only unverified) vendors.
 */
public record VendorQuery(String search, Boolean active, Boolean verified) {
}
