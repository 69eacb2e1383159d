package archfixtures.shipping.beta;

/** Planted: mapped to tenancy, but compiled into architecture-tests. */
public class ShippedInTheWrongModule {
}
