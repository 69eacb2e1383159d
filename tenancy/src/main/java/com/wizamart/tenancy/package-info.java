/**
 * Vendors (tenants), their domains and subdomains, vendor context resolution, Row-Level Security
 * binding per transaction and the admin audit log. Every other context depends on this module's root package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy", allowedDependencies = { "sharedkernel" })
package com.wizamart.tenancy;
