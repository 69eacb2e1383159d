/**
 * The Letzshop marketplace adapter: reads Letzshop product feeds (Google Shopping layout, one file per language,
 * usually tab-separated UTF-8) and normalizes them for the marketplace module. A module of its own: it implements
 * the marketplace SPI and uses nothing else of the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letzshop adapter", allowedDependencies = "marketplace::spi")
package com.wizamart.marketplace.letzshop;
