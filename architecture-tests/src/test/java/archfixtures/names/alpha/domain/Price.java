package archfixtures.names.alpha.domain;

/** Planted: the same simple name as a class of context beta. */
public record Price(long cents) {
}
