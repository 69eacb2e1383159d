package archfixtures.imageio.shop;

import javax.imageio.ImageIO;

/** Planted: hands Image I/O's rescan on as a method reference, to be run later. */
public class RescanningByReference {

    public Runnable refresher() {
        return ImageIO::scanForPlugins;
    }
}
