/** Another plug-in of shop, shipped in a Maven module of its own. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shop::spi")
package archfixtures.adapterdeps.shop.beta;
