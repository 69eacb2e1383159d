/** An adapter whose classes are right, but whose module the application does not depend on. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shop::spi")
package archfixtures.checklist.shop.unwired;
