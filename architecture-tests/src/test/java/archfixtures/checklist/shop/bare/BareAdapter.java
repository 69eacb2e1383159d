package archfixtures.checklist.shop.bare;

import archfixtures.checklist.shop.spi.ShopAdapter;

/** Planted: implements the adapter type but is no component; its package declares no application module. */
public class BareAdapter implements ShopAdapter {
}
