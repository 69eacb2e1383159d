package com.wizamart.catalog.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an import changes in the vendor's published products. Counts are of products (a product whose price and
 * title change counts once in each), except the {@code *Kept} counts, which count fields.
 *
 * @param productsChecked     published products whose staged source the import created or rewrote, and products a
 *                            previous refresh skipped (checked again).
 * @param productsChanged     of those, products with at least one change to apply.
 * @param pricesChanged       products whose price, sale price or currency changes.
 * @param titlesChanged       products whose name changes in at least one language.
 * @param descriptionsChanged products whose description changes in at least one language.
 * @param stockChanged        products whose feed quantity changes.
 * @param stockZeroed         products whose feed quantity drops to zero.
 * @param otherChanged        products with other changes (brand, GTIN, images, category, tax rate).
 * @param lockedKept          changes not applied because the vendor locked the field.
 * @param rejectedKept        changes not applied because the vendor rejected that value before.
 * @param platformKept        changes not applied because the vendor's settings leave stock or prices to the platform.
 * @param publishedProducts   the vendor's products published from imports, when the refresh was planned.
 * @param missingFromFeed     staged products of this marketplace with a title in this language that the import did
 *                            not confirm (rows in staging minus good rows in the feed; {@literal null} when unknown).
 *                            A count, not a list: unchanged rows are not rewritten, so nothing records which ids a
 *                            feed held. It is exact for a feed without duplicate ids and failed rows.
 * @param productsApplied     once applied: products whose every change that was tried applied.
 * @param productsSkipped     once applied: products with at least one change that could not be applied (stock held
 *                            by orders, changed since planned, an invalid price); their changes carry the reason.
 */
public record RefreshSummary(int productsChecked, int productsChanged, int pricesChanged, int titlesChanged,
                             int descriptionsChanged, int stockChanged, int stockZeroed, int otherChanged,
                             int lockedKept, int rejectedKept, int platformKept, int publishedProducts,
                             Integer missingFromFeed, int productsApplied, int productsSkipped) {

    public static final RefreshSummary EMPTY = new RefreshSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0);

    /** @return this summary with one more product's planned changes counted. */
    public RefreshSummary plus(List<FieldChange> changes) {
        Set<ProductField.Kind> kinds = EnumSet.noneOf(ProductField.Kind.class);
        int locked = 0;
        int rejected = 0;
        int platform = 0;
        boolean zeroed = false;
        for (FieldChange c : changes) {
            switch (c.outcome()) {
                case KEPT_LOCKED -> locked++;
                case KEPT_REJECTED -> rejected++;
                case KEPT_PLATFORM_OWNED -> platform++;
                case PENDING -> {
                    kinds.add(c.field().kind());
                    zeroed |= c.field() == ProductField.QUANTITY && "0".equals(c.to());
                }
                default -> {
                    // planning yields pending and kept changes only
                }
            }
        }
        return new RefreshSummary(productsChecked + 1, productsChanged + (kinds.isEmpty() ? 0 : 1),
                pricesChanged + count(kinds, ProductField.Kind.PRICE), titlesChanged + count(kinds, ProductField.Kind.TITLE),
                descriptionsChanged + count(kinds, ProductField.Kind.DESCRIPTION),
                stockChanged + count(kinds, ProductField.Kind.STOCK), stockZeroed + (zeroed ? 1 : 0),
                otherChanged + count(kinds, ProductField.Kind.OTHER), lockedKept + locked, rejectedKept + rejected,
                platformKept + platform, publishedProducts, missingFromFeed, productsApplied, productsSkipped);
    }

    public RefreshSummary withTotals(int published, Integer missing) {
        return new RefreshSummary(productsChecked, productsChanged, pricesChanged, titlesChanged, descriptionsChanged,
                stockChanged, stockZeroed, otherChanged, lockedKept, rejectedKept, platformKept, published, missing,
                productsApplied, productsSkipped);
    }

    /** @return this summary with what applying it did. */
    public RefreshSummary withOutcomes(int applied, int skipped) {
        return new RefreshSummary(productsChecked, productsChanged, pricesChanged, titlesChanged, descriptionsChanged,
                stockChanged, stockZeroed, otherChanged, lockedKept, rejectedKept, platformKept, publishedProducts,
                missingFromFeed, applied, skipped);
    }

    private static int count(Set<ProductField.Kind> kinds, ProductField.Kind kind) {
        return kinds.contains(kind) ? 1 : 0;
    }
}
