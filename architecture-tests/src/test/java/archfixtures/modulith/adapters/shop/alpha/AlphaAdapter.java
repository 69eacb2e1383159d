package archfixtures.modulith.adapters.shop.alpha;

import archfixtures.modulith.adapters.shop.spi.ShopPort;

/** The alpha adapter. */
public class AlphaAdapter implements ShopPort {
}
