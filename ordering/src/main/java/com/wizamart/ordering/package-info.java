/**
 * Carts, checkout, orders and their lifecycle, and customers' address books. Owns the ports {@code ProductCatalog} and
 * {@code StockReservation} (in {@code spi}) that catalog and inventory implement, and {@code TeamMembers} and
 * {@code ShopperPreferences} that the platform answers from identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering", allowedDependencies = { "sharedkernel", "tenancy" })
package com.wizamart.ordering;
