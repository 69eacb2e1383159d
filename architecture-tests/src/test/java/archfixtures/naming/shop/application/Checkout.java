package archfixtures.naming.shop.application;

/** Innocent: named for its capability. */
public class Checkout {
    /** Innocent: nested types are not use cases. */
    public record ServiceLevel(String name) {
    }
}
