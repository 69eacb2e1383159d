package archfixtures.application.shop.application;

import archfixtures.application.shop.adapter.out.persistence.JdbcOrders;

/** Planted: uses the adapter instead of the port. */
public class PlaceOrderThroughTheAdapter {

    JdbcOrders orders;
}
