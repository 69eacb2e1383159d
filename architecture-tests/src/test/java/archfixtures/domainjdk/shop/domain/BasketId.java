package archfixtures.domainjdk.shop.domain;

/** Innocent. */
public record BasketId(java.util.UUID value) {
}
