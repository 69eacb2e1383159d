/**
 * Stock per product and location, stock movements and reservations; implements ordering's
 * {@code StockReservation} port. Other modules use {@link com.wizamart.inventory.StockLevels} and listen to
 * {@link com.wizamart.inventory.StockLevelChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory", allowedDependencies = { "sharedkernel", "tenancy", "ordering", "ordering::spi" })
package com.wizamart.inventory;
