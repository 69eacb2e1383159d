package archfixtures.adapterdeps.shop.beta;

import archfixtures.adapterdeps.shop.spi.ShopPort;

/** Innocent: uses the SPI only. */
public class BetaAdapter implements ShopPort {

    @Override
    public String read(String line) {
        return line;
    }
}
