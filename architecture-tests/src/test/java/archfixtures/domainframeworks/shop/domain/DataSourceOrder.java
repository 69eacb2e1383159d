package archfixtures.domainframeworks.shop.domain;

import javax.sql.DataSource;

/** Planted: JDBC's DataSource. */
public class DataSourceOrder {

    DataSource dataSource;
}
