package archfixtures.inward.shop.application.port.out;

import archfixtures.inward.shop.application.port.in.OrderView;

/** The store the application drives; its answer is a read model of port.in. */
public interface Orders {
    OrderView find(String number);
}
