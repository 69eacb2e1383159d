/**
 * The vendor catalog: products published from marketplace staging or created by hand, and search;
 * implements ordering's {@code ProductCatalog} port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "sharedkernel", "tenancy", "marketplace", "inventory", "ordering", "ordering::spi", "marketplace::spi" })
package com.wizamart.catalog;
