package archfixtures.application.shop.domain;

/** Innocent. */
public class Order {
}
