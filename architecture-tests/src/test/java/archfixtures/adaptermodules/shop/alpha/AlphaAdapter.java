package archfixtures.adaptermodules.shop.alpha;

import archfixtures.adaptermodules.shop.spi.ShopPort;

/** Innocent: in a declared application module. */
public class AlphaAdapter implements ShopPort {
}
