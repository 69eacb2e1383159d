/**
 * Pieces for reading a feed's bytes as text that every adapter's reader needs alike: a stream that counts the bytes
 * read through it (for progress), and the {@link java.io.IOException} that carries a
 * {@link com.wizamart.marketplace.spi.FeedException} out through a parser (parsers let only {@code IOException}s
 * through). Decoding, line ends and limits stay with each adapter: they are its format's business. Part of the SPI:
 * adapters may use it.
 */
@org.springframework.modulith.NamedInterface("spi")
package com.wizamart.marketplace.spi.text;
