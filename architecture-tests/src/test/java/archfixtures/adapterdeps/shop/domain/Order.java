package archfixtures.adapterdeps.shop.domain;

/** The context's internals. */
public class Order {
}
