package archfixtures.adapters.shop;

import archfixtures.adapters.shop.adapter.in.web.OrderController;

/** Planted: the public API hands out an adapter. */
public interface ShopApiExposingAnAdapter {

    OrderController controller();
}
