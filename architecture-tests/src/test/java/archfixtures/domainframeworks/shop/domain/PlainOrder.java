package archfixtures.domainframeworks.shop.domain;

/** Innocent. */
public class PlainOrder {

    java.util.UUID id;
}
