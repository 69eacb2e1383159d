package archfixtures.rows.shop.adapter.out.persistence;

/** Innocent. */
public record OrderRow(long id) {
}
