/**
 * Stock per product and location, stock movements and reservations; implements ordering's
 * {@code StockReservation} port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory", allowedDependencies = { "sharedkernel", "tenancy", "ordering", "ordering::spi" })
package com.wizamart.inventory;
