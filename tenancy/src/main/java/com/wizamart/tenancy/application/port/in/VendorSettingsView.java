package com.wizamart.tenancy.application.port.in;

import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.domain.VendorTheme;

/**
 * A vendor's settings as its team sees them.
 *
 * @param code      the vendor's code (fixed for good).
 * @param subdomain the vendor's subdomain (a platform admin changes it).
 * @param name      the vendor's name.
 * @param business  the business contact and address.
 * @param theme     the team's part of the theme.
 */
public record VendorSettingsView(String code, String subdomain, String name, BusinessDetails business,
                                 VendorTheme theme) {
}
