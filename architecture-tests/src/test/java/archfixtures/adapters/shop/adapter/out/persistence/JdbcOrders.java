package archfixtures.adapters.shop.adapter.out.persistence;

import archfixtures.adapters.other.spi.OtherPort;
import archfixtures.adapters.sharedkernel.Problem;
import archfixtures.adapters.shop.adapter.out.persistence.rows.OrderRecord;
import archfixtures.adapters.shop.application.port.out.Orders;
import archfixtures.adapters.shop.domain.Order;

/** Innocent: its own adapter tree, its port, its domain, another context's spi, the shared kernel. */
public class JdbcOrders implements Orders, OtherPort {

    OrderRecord row;
    Order order;
    Problem problem;
}
