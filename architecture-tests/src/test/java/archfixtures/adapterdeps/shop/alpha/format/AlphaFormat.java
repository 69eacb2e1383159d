package archfixtures.adapterdeps.shop.alpha.format;

import java.util.List;

/** Innocent: a sub-package of the plug-in. */
public final class AlphaFormat {

    private AlphaFormat() {
    }

    public static List<String> cells(String line) {
        return List.of(line.split("\t"));
    }
}
