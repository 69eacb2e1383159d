/**
 * Marketplace imports: import jobs, staged marketplace products and the adapter SPI that each marketplace adapter
 * implements (an adapter is a module of its own; the installed ones are tenancy's
 * {@link com.wizamart.tenancy.FeedSourceRules}, so vendors' feed sources may name them).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace", allowedDependencies = { "sharedkernel", "tenancy" })
package com.wizamart.marketplace;
