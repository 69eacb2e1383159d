package archfixtures.imageio.shop;

import javax.imageio.spi.IIORegistry;

/** Planted: registers the class path's plugins with Image I/O's registry directly (what a rescan does). */
public class RescanningTheRegistry {

    public void refresh() {
        IIORegistry.getDefaultInstance().registerApplicationClasspathSpis();
    }
}
