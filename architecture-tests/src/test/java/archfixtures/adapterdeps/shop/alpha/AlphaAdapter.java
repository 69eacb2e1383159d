package archfixtures.adapterdeps.shop.alpha;

import org.springframework.stereotype.Component;

import archfixtures.adapterdeps.sharedkernel.Problem;
import archfixtures.adapterdeps.shop.ShopApi;
import archfixtures.adapterdeps.shop.alpha.format.AlphaFormat;
import archfixtures.adapterdeps.shop.spi.ShopPort;
import archfixtures.adapterdeps.shop.spi.values.Skus;

/**
 * Innocent: the SPI and its helper package, the context's API, the shared kernel's root package, its own sub-package,
 * a library (Spring) and the JDK.
 */
@Component
public class AlphaAdapter implements ShopPort {

    ShopApi api;

    @Override
    public String read(String line) {
        if (line.isEmpty()) {
            throw new Problem();
        }
        return AlphaFormat.cells(Skus.normalized(line)).getFirst();
    }
}
