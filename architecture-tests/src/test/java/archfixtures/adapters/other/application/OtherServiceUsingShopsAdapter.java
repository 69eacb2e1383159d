package archfixtures.adapters.other.application;

import archfixtures.adapters.shop.adapter.out.persistence.JdbcOrders;

/** Planted: another context uses shop's adapter. */
public class OtherServiceUsingShopsAdapter {

    JdbcOrders orders;
}
