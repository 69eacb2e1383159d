/**
 * The marketplace adapter SPI: what a developer implements to add a marketplace. An adapter turns a feed (a byte
 * stream in one of its formats, for one language) into {@link com.wizamart.marketplace.spi.FeedRecord}s: normalized
 * products, or per-row errors. The marketplace module does everything else (fetching, jobs, staging, events).
 * See docs/guides/adding-a-marketplace-adapter.md.
 */
@org.springframework.modulith.NamedInterface("spi")
package com.wizamart.marketplace.spi;
