package com.wizamart.tenancy;

import java.util.UUID;

/**
 * Where a request says which vendor it is for. Any source may be {@literal null}; those given must agree.
 *
 * @param tokenVendorId the {@code vendor_id} claim of the caller's token.
 * @param pathCode      the vendor code in the path ({@code /api/v1/public/vendors/{vendorCode}/...}) or body.
 * @param host          the request's host name, without port.
 */
public record VendorSources(UUID tokenVendorId, String pathCode, String host) {
}
