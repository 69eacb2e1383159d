package archfixtures.modulith.adapters.shop.beta;

import archfixtures.modulith.adapters.shop.spi.ShopPort;

/** The beta adapter. */
public class BetaAdapter implements ShopPort {
}
