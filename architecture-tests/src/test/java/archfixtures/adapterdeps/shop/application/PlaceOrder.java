package archfixtures.adapterdeps.shop.application;

import archfixtures.adapterdeps.shop.domain.Order;

/** Innocent: the context's own internals use each other; the rule looks at plug-ins only. */
public class PlaceOrder {

    public Order place() {
        return new Order();
    }
}
