package archfixtures.adaptermodules.shop.domain;

/** Innocent: an internal package of the context, in the context's own Maven module (no package-info needed). */
public class Order {
}
