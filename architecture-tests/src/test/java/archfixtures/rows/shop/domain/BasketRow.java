package archfixtures.rows.shop.domain;

/** Planted: a row (by name) in the domain. */
public record BasketRow(long id) {
}
