/** Declares the application module one level too deep: the top package below the context, delta, declares none. */
@org.springframework.modulith.ApplicationModule
package archfixtures.adaptermodules.shop.delta.inner;
