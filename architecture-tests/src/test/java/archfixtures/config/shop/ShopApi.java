package archfixtures.config.shop;

/** Innocent: an API type in the root package that is not configuration. */
public interface ShopApi {
}
