package archfixtures.application.shop.application.port.out;

import archfixtures.application.shop.domain.Order;

/** Innocent: an outgoing port. */
public interface Orders {

    void save(Order order);
}
