package archfixtures.adapterdeps.shop.alpha;

import archfixtures.adapterdeps.shop.domain.Order;

/** Planted: reaches into the context's internals (its domain). */
public class AlphaUsingTheDomain {

    Order order;
}
