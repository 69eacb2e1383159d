package archfixtures.adapterdeps.shop.spi;

/** The context's SPI, which its plug-ins implement. */
public interface ShopPort {

    String read(String line);
}
