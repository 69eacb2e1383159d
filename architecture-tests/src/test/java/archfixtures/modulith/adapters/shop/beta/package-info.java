/** The adapter added: an application module nested in shop, as alpha. */
@org.springframework.modulith.ApplicationModule(displayName = "Beta adapter", allowedDependencies = "shop::spi")
package archfixtures.modulith.adapters.shop.beta;
