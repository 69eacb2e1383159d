package archfixtures.domainframeworks.shop.domain;

import java.sql.ResultSet;

/** Planted: JDBC. */
public class ResultSetOrder {

    ResultSet row;
}
