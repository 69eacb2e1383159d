package archfixtures.adaptermodules.shop.alpha.sub;

/** Innocent: below the package its application module is declared on. */
public class AlphaFormat {
}
