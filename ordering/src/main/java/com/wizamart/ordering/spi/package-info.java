/**
 * Ordering's ports: what ordering needs from the modules that own products and stock. Catalog implements
 * {@link com.wizamart.ordering.spi.ProductCatalog} (products and the shop's currency), inventory
 * implements {@link com.wizamart.ordering.spi.StockReservation}; ordering sits upstream and never depends on them.
 * The platform wires {@link com.wizamart.ordering.spi.TeamMembers} and
 * {@link com.wizamart.ordering.spi.ShopperPreferences} to identity.
 */
@org.springframework.modulith.NamedInterface("spi")
package com.wizamart.ordering.spi;
