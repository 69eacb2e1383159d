package archfixtures.rows.shop.adapter.in.web;

/** Planted: a row in the web adapter. */
public record OrderResponseRow(long id) {
}
