package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A cart priced with the catalog's current figures, each line flagged when it cannot be ordered as it is.
 *
 * @param currency the currency of the priced lines ({@literal null} when the cart has none).
 * @param total    gross total of the orderable lines.
 */
public record PricedCart(List<PricedLine> lines, String currency, BigDecimal total, List<VatLine> vat, int itemCount,
                         boolean orderable) {

    /** Whether a line can be ordered. */
    public enum LineStatus {
        /** Orderable. */
        OK,
        /** The product exists but is not for sale (inactive). */
        INACTIVE,
        /** The product is gone from the catalog. */
        NOT_FOUND,
        /** Less stock is available than the line asks for. */
        INSUFFICIENT_STOCK
    }

    /**
     * @param product   the catalog's product, {@literal null} when it is gone.
     * @param available units available to sell now.
     */
    public record PricedLine(UUID productId, ProductFacts product, int quantity, int available, BigDecimal lineTotal,
                             LineStatus status) {

        public boolean priced() {
            return status == LineStatus.OK || status == LineStatus.INSUFFICIENT_STOCK;
        }
    }

    /**
     * @param products  the catalog's products of the cart's lines (missing ones are gone).
     * @param available units available per product; {@literal null} to skip the stock check.
     */
    public static PricedCart of(List<CartLine> lines, Map<UUID, ProductFacts> products, Map<UUID, Integer> available) {
        List<PricedLine> priced = new ArrayList<>();
        List<VatLine.Taxed> taxed = new ArrayList<>();
        Set<String> currencies = new LinkedHashSet<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int items = 0;
        boolean orderable = !lines.isEmpty();
        for (CartLine line : lines) {
            ProductFacts product = products.get(line.productId());
            int stock = available == null ? Integer.MAX_VALUE : available.getOrDefault(line.productId(), 0);
            LineStatus status = product == null ? LineStatus.NOT_FOUND
                    : !product.active() ? LineStatus.INACTIVE
                    : stock < line.quantity() ? LineStatus.INSUFFICIENT_STOCK : LineStatus.OK;
            BigDecimal lineTotal = product == null ? null : Money.times(product.unitPrice(), line.quantity());
            if (status != LineStatus.OK) {
                orderable = false;
            }
            PricedLine pl = new PricedLine(line.productId(), product, line.quantity(),
                    available == null ? -1 : Math.max(0, stock), lineTotal, status);
            priced.add(pl);
            if (pl.priced()) {
                total = total.add(lineTotal);
                items += line.quantity();
                taxed.add(new VatLine.Taxed(product.taxRate(), lineTotal));
                currencies.add(product.currency());
            }
        }
        if (currencies.size() > 1) {
            orderable = false;
        }
        return new PricedCart(List.copyOf(priced), currencies.isEmpty() ? null : currencies.iterator().next(), total,
                VatLine.breakdown(taxed), items, orderable);
    }

    /**
     * The same cart taxed at other VAT rates (the destination's): prices and totals stay (they are gross), each line's
     * rate and the VAT included change.
     *
     * @param rateOf the VAT percent of each product.
     */
    public PricedCart taxedAt(Function<ProductFacts, BigDecimal> rateOf) {
        List<PricedLine> relined = new ArrayList<>();
        List<VatLine.Taxed> taxed = new ArrayList<>();
        for (PricedLine l : lines) {
            PricedLine line = l.product() == null ? l : new PricedLine(l.productId(),
                    l.product().atRate(rateOf.apply(l.product())), l.quantity(), l.available(), l.lineTotal(),
                    l.status());
            relined.add(line);
            if (line.priced()) {
                taxed.add(new VatLine.Taxed(line.product().taxRate(), line.lineTotal()));
            }
        }
        return new PricedCart(List.copyOf(relined), currency, total, VatLine.breakdown(taxed), itemCount, orderable);
    }

    public boolean mixedCurrencies() {
        return lines.stream().filter(PricedLine::priced).map(l -> l.product().currency()).distinct().count() > 1;
    }
}
