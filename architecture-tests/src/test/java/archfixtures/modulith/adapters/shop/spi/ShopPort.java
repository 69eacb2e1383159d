package archfixtures.modulith.adapters.shop.spi;

/** What an adapter of shop implements. */
public interface ShopPort {
}
