/**
 * The Google Merchant Center marketplace adapter: reads Google's product feeds (RSS 2.0 and Atom 1.0 XML with the
 * {@code g:} namespace, and tab-separated text) and normalizes them for the marketplace module. A module of its own:
 * it implements the marketplace SPI and uses nothing else of the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Google Merchant Center adapter",
        allowedDependencies = "marketplace::spi")
package com.wizamart.marketplace.googlemerchant;
