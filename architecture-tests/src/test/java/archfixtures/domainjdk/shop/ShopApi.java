package archfixtures.domainjdk.shop;

/** The shop context's public API: not allowed in its own domain. */
public interface ShopApi {
}
