/**
 * Readers of the values every marketplace's feeds carry, for adapters to share: GTINs (check digit), prices with
 * their currency, availability words, http(s) links, yes/no flags, quantities and tax rates. Each {@code parse}
 * takes a non-blank value and returns it normalized, or throws {@link com.wizamart.marketplace.spi.values.InvalidValue}
 * with a message for the vendor; {@link com.wizamart.marketplace.spi.FeedProduct.Builder#optional} turns that into a
 * warning on the product. Part of the SPI: adapters may use it.
 */
@org.springframework.modulith.NamedInterface("spi")
package com.wizamart.marketplace.spi.values;
