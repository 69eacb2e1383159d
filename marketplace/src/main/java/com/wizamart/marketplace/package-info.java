/**
 * Marketplace import configurations, import jobs, staged marketplace products and the adapter SPI
 * that each marketplace (Letzshop first) implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace", allowedDependencies = { "sharedkernel", "tenancy" })
package com.wizamart.marketplace;
