package archfixtures.inward.shop.application;

import archfixtures.inward.shop.application.port.in.OrderView;
import archfixtures.inward.shop.application.port.out.Orders;

/** The use case: the application may use its outbound ports. */
public class OrderViews {
    private final Orders orders;

    public OrderViews(Orders orders) {
        this.orders = orders;
    }

    public OrderView find(String number) {
        return orders.find(number);
    }
}
