package archfixtures.application.shop.application;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Planted: Spring JDBC. */
public class PlaceOrderWithJdbcClient {

    JdbcClient jdbc;
}
