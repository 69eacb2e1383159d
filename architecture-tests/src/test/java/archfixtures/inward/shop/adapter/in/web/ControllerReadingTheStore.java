package archfixtures.inward.shop.adapter.in.web;

import archfixtures.inward.shop.application.port.out.Orders;

/** Planted: an inbound adapter that skips the use case and reads the outbound port. */
public class ControllerReadingTheStore {
    private final Orders orders;

    public ControllerReadingTheStore(Orders orders) {
        this.orders = orders;
    }

    public Object show(String number) {
        return orders.find(number);
    }
}
