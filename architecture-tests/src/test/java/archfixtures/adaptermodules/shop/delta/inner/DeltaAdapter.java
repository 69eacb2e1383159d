package archfixtures.adaptermodules.shop.delta.inner;

/** Planted: its application module is declared on delta.inner, not on its top package delta. */
public class DeltaAdapter {
}
