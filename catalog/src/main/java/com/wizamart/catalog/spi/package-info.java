/**
 * Catalog's ports: what the catalog needs from modules downstream of it. Media implements
 * {@link com.wizamart.catalog.spi.ProductImages} (the stored images of products, with their display URLs); the
 * catalog never depends on media, and shows no stored images when no module implements it.
 */
@org.springframework.modulith.NamedInterface("spi")
package com.wizamart.catalog.spi;
