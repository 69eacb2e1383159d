package archfixtures.adapters.shop.domain;

/** Innocent. */
public class Order {
}
