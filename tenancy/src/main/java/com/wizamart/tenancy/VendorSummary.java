package com.wizamart.tenancy;

import java.util.UUID;

/**
 * What other modules may know of a vendor.
 *
 * @param id        the vendor's id.
 * @param code      unique, URL-safe code (e.g. {@code acme}); also the prefix of its order numbers.
 * @param name      display name.
 * @param subdomain the vendor's subdomain under the platform domain.
 * @param active    whether its shop, team and API are open.
 * @param verified  whether a platform admin verified the business.
 */
public record VendorSummary(UUID id, String code, String name, String subdomain, boolean active, boolean verified) {
}
