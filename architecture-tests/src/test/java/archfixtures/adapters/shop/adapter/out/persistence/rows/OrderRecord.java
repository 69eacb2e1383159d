package archfixtures.adapters.shop.adapter.out.persistence.rows;

/** Innocent: part of the persistence adapter's tree. */
public record OrderRecord(long id) {
}
