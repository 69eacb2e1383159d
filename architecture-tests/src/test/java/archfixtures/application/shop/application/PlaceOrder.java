package archfixtures.application.shop.application;

import archfixtures.application.shop.application.port.out.Orders;
import archfixtures.application.shop.domain.Order;

/** Innocent: domain and port only. */
public class PlaceOrder {

    Orders orders;

    void place(Order order) {
        orders.save(order);
    }
}
