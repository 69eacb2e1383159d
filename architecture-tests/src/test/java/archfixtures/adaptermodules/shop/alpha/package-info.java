/** Innocent: a plug-in shipped in a Maven module of its own, declared an application module of its own. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shop::spi")
package archfixtures.adaptermodules.shop.alpha;
