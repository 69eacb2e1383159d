package archfixtures.application.shop.application;

import java.sql.ResultSet;

/** Planted: plain JDBC. */
public class PlaceOrderWithResultSet {

    ResultSet rows;
}
