package archfixtures.adapters.shop.adapter.in.web;

import archfixtures.adapters.shop.adapter.out.persistence.JdbcOrders;

/** Planted: one adapter uses another. */
public class ControllerReadingThePersistenceAdapter {

    JdbcOrders orders;
}
