package archfixtures.application.shop.adapter.out.persistence;

import archfixtures.application.shop.application.port.out.Orders;
import archfixtures.application.shop.domain.Order;

/** The adapter implementing the port. */
public class JdbcOrders implements Orders {

    @Override
    public void save(Order order) {
    }
}
