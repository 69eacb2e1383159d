package archfixtures.adapters.shop.application;

import archfixtures.adapters.shop.adapter.out.persistence.JdbcOrders;

/** Planted: the application uses an adapter. */
public class PlaceOrderThroughTheAdapter {

    JdbcOrders orders;
}
