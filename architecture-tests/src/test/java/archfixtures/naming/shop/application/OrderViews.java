package archfixtures.naming.shop.application;

/** Innocent: the read side, named {@code <Subject>Views}. */
public class OrderViews {
}
