package archfixtures.names.alpha.domain;

/** Innocent: a name only alpha uses; its nested Line is shared with gamma's nested Line, which is fine. */
public record Basket(String id) {
    public record Line(String sku) {
    }
}
