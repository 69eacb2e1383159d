package archfixtures.shipping.alpha;

/** Innocent: mapped to architecture-tests, where it is compiled. */
public class ShippedWhereItBelongs {
}
