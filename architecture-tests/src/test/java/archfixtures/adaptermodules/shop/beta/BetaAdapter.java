package archfixtures.adaptermodules.shop.beta;

import archfixtures.adaptermodules.shop.spi.ShopPort;

/** Planted: shipped in a Maven module of its own, but its package has no package-info with @ApplicationModule. */
public class BetaAdapter implements ShopPort {
}
