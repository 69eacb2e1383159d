/** An adapter of shop: an application module nested in it. */
@org.springframework.modulith.ApplicationModule(displayName = "Alpha adapter", allowedDependencies = "shop::spi")
package archfixtures.modulith.adapters.shop.alpha;
