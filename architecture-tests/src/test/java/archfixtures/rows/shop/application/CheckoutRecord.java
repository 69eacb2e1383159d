package archfixtures.rows.shop.application;

import org.springframework.data.relational.core.mapping.Table;

/** Planted: a @Table row in the application layer. */
@Table("shop_checkouts")
public record CheckoutRecord(long id) {
}
