package archfixtures.checklist.shop.spi;

/** What an adapter of shop implements (as marketplace adapters implement {@code MarketplaceAdapter}). */
public interface ShopAdapter {
}
