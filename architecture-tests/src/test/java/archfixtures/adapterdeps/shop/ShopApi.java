package archfixtures.adapterdeps.shop;

/** The context's API (its root package). */
public class ShopApi {
}
