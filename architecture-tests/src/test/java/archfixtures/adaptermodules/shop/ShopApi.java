package archfixtures.adaptermodules.shop;

/** Innocent: the context's API, in the context's own Maven module. */
public class ShopApi {
}
