package com.wizamart.tenancy;

/**
 * How many vendors the platform has, deleted ones left out.
 *
 * @param total    vendors that are not deleted.
 * @param active   of those, the ones whose shop, team and API are open.
 * @param verified of those, the ones a platform admin verified.
 */
public record VendorCounts(long total, long active, long verified) {
}
