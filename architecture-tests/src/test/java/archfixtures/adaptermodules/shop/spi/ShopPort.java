package archfixtures.adaptermodules.shop.spi;

/** Innocent: the context's SPI, in the context's own Maven module. */
public interface ShopPort {
}
