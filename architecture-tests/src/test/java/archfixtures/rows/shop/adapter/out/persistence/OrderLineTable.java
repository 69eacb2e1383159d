package archfixtures.rows.shop.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** Innocent. */
@Table("shop_order_lines")
public record OrderLineTable(long id) {
}
