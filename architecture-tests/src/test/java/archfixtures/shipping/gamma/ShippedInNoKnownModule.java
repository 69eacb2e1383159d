package archfixtures.shipping.gamma;

/** Planted: its package is mapped to no module at all. */
public class ShippedInNoKnownModule {
}
