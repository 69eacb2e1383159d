package com.wizamart.tenancy.application.port.in;

import com.wizamart.tenancy.BusinessDetails;

/**
 * What a vendor's team may change of its vendor: the name, the business details and its part of the theme. The code
 * and the subdomain are not among them (a platform admin changes the subdomain), nor which vendor is meant: that is
 * the vendor the caller is bound to. The whole set is replaced: a {@literal null} or blank value clears a detail (the
 * name and the business email are required).
 *
 * @param name         the vendor's name as its shop and portal show it.
 * @param business     the business contact and address; its email is required.
 * @param primaryColor {@code #rrggbb}, or {@literal null} for the platform's default.
 * @param accentColor  {@code #rrggbb}, or {@literal null} for the platform's default.
 * @param logoUrl      an http(s) URL, or {@literal null}.
 */
public record ChangeVendorSettingsCommand(String name, BusinessDetails business, String primaryColor,
                                          String accentColor, String logoUrl) {
}
