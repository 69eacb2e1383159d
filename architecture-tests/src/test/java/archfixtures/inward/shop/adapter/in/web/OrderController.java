package archfixtures.inward.shop.adapter.in.web;

import archfixtures.inward.shop.application.OrderViews;
import archfixtures.inward.shop.application.port.in.OrderView;

/** Innocent: calls the use case and shows its port.in read model. */
public class OrderController {
    private final OrderViews views;

    public OrderController(OrderViews views) {
        this.views = views;
    }

    public OrderView show(String number) {
        return views.find(number);
    }
}
