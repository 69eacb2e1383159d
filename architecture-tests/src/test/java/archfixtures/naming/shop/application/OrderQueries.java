package archfixtures.naming.shop.application;

/** Planted: a read side named for its technical role. */
public class OrderQueries {
}
