package com.wizamart.catalog.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an import changes in the vendor's published products. Counts are of products (a product whose price and
 * title change counts once in each), except {@code lockedKept}, which counts fields.
 *
 * @param productsChecked     published products whose staged source the import created or rewrote.
 * @param productsChanged     of those, products with at least one change to apply.
 * @param pricesChanged       products whose price, sale price or currency changes.
 * @param titlesChanged       products whose name changes in at least one language.
 * @param descriptionsChanged products whose description changes in at least one language.
 * @param stockChanged        products whose feed quantity changes.
 * @param stockZeroed         products whose feed quantity drops to zero.
 * @param otherChanged        products with other changes (brand, GTIN, images, category, tax rate).
 * @param lockedKept          changes not applied because the vendor locked the field.
 * @param publishedProducts   the vendor's products published from imports, when the refresh was planned.
 * @param missingFromFeed     staged products of this marketplace with a title in this language that the import did
 *                            not confirm (rows in staging minus good rows in the feed; {@literal null} when unknown).
 *                            A count, not a list: unchanged rows are not rewritten, so nothing records which ids a
 *                            feed held. It is exact for a feed without duplicate ids and failed rows.
 */
public record RefreshSummary(int productsChecked, int productsChanged, int pricesChanged, int titlesChanged,
                             int descriptionsChanged, int stockChanged, int stockZeroed, int otherChanged,
                             int lockedKept, int publishedProducts, Integer missingFromFeed) {

    public static final RefreshSummary EMPTY = new RefreshSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    /** @return this summary with one more product's planned changes counted. */
    public RefreshSummary plus(List<FieldChange> changes) {
        Set<ProductField.Kind> kinds = EnumSet.noneOf(ProductField.Kind.class);
        int locked = 0;
        boolean zeroed = false;
        for (FieldChange c : changes) {
            if (c.outcome() == FieldChange.Outcome.KEPT_LOCKED) {
                locked++;
                continue;
            }
            kinds.add(ProductField.kindOf(c.field()));
            if (ProductField.QUANTITY.equals(c.field()) && "0".equals(c.to())) {
                zeroed = true;
            }
        }
        return new RefreshSummary(productsChecked + 1, productsChanged + (kinds.isEmpty() ? 0 : 1),
                pricesChanged + count(kinds, ProductField.Kind.PRICE), titlesChanged + count(kinds, ProductField.Kind.TITLE),
                descriptionsChanged + count(kinds, ProductField.Kind.DESCRIPTION),
                stockChanged + count(kinds, ProductField.Kind.STOCK), stockZeroed + (zeroed ? 1 : 0),
                otherChanged + count(kinds, ProductField.Kind.OTHER), lockedKept + locked, publishedProducts,
                missingFromFeed);
    }

    public RefreshSummary withTotals(int published, Integer missing) {
        return new RefreshSummary(productsChecked, productsChanged, pricesChanged, titlesChanged, descriptionsChanged,
                stockChanged, stockZeroed, otherChanged, lockedKept, published, missing);
    }

    private static int count(Set<ProductField.Kind> kinds, ProductField.Kind kind) {
        return kinds.contains(kind) ? 1 : 0;
    }
}
