package archfixtures.adapters.shop.application;

import archfixtures.adapters.shop.application.port.out.Orders;

/** Innocent. */
public class PlaceOrder {

    Orders orders;
}
