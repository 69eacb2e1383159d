/**
 * Carts, checkout, orders and their lifecycle. Owns the ports {@code ProductCatalog} and
 * {@code StockReservation} (in {@code spi}) that catalog and inventory implement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering", allowedDependencies = { "sharedkernel", "tenancy" })
package com.wizamart.ordering;
