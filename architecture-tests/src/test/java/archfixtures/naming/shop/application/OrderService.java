package archfixtures.naming.shop.application;

/** Planted: a use case named for its technical role. */
public class OrderService {
}
