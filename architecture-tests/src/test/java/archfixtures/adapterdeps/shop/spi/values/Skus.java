package archfixtures.adapterdeps.shop.spi.values;

/** A helper package below the SPI, shared by the plug-ins. */
public final class Skus {

    private Skus() {
    }

    public static String normalized(String sku) {
        return sku.strip();
    }
}
