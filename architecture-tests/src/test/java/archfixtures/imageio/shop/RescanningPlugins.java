package archfixtures.imageio.shop;

import javax.imageio.ImageIO;

/** Planted: asks Image I/O to scan the class path for plugins again. */
public class RescanningPlugins {

    public void refresh() {
        ImageIO.scanForPlugins();
    }
}
