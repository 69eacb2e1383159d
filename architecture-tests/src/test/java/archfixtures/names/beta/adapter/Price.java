package archfixtures.names.beta.adapter;

/** Planted: the same simple name as a class of context alpha. */
public record Price(String text) {
}
