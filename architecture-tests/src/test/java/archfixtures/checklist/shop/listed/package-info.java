/** Innocent: an adapter that has everything (its module listed and a dependency of the application). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shop::spi")
package archfixtures.checklist.shop.listed;
