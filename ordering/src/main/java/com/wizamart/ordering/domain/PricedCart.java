package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A cart priced with the catalog's current figures, each line flagged when it cannot be ordered as it is, and the
 * reasons the cart as a whole cannot be ordered. A shop sells in one currency: lines priced in another are never
 * added to the totals.
 *
 * @param currency the shop's currency, in which the totals are ({@literal null} when the cart has no line).
 * @param total    gross total of the lines priced in the shop's currency that exist and are for sale (ordered as they
 *                 are, or short of stock).
 * @param reasons  why the cart cannot be ordered, one per kind of problem; empty when it can.
 */
public record PricedCart(List<PricedLine> lines, String currency, BigDecimal total, List<VatLine> vat, int itemCount,
                         boolean orderable, List<Reason> reasons) {

    /** Whether a line can be ordered. */
    public enum LineStatus {
        /** Orderable (a preorder or backorder product also beyond its stock: see {@link PricedLine#backordered()}). */
        OK,
        /** The product exists but is not for sale (inactive). */
        INACTIVE,
        /** The product is gone from the catalog. */
        NOT_FOUND,
        /** The product is priced in another currency than the shop's. */
        CURRENCY_NOT_ACCEPTED,
        /** The vendor marks the product out of stock (its availability), whatever units inventory holds. */
        OUT_OF_STOCK,
        /** Less stock is available than the line asks for. */
        INSUFFICIENT_STOCK
    }

    /**
     * @param product     the catalog's product, {@literal null} when it is gone.
     * @param available   units available to sell now ({@code -1} when unknown).
     * @param backordered units beyond the available stock of a preorder or backorder product (ordered anyway, delivered
     *                    once in stock); 0 otherwise.
     * @param reason      why the line cannot be ordered, for the shopper; {@literal null} when it can.
     */
    public record PricedLine(UUID productId, ProductFacts product, int quantity, int available, BigDecimal lineTotal,
                             LineStatus status, int backordered, String reason) {

        /** Whether the line counts in the totals: the product exists, is for sale and in the shop's currency. */
        public boolean priced() {
            return status == LineStatus.OK || status == LineStatus.INSUFFICIENT_STOCK
                    || status == LineStatus.OUT_OF_STOCK;
        }
    }

    /**
     * One kind of problem that keeps the cart from being ordered.
     *
     * @param code       {@code EMPTY}, or the {@link LineStatus} of the lines concerned.
     * @param message    for the shopper.
     * @param productIds the products of the lines concerned, in cart order (empty for {@code EMPTY}).
     */
    public record Reason(String code, String message, List<UUID> productIds) {

        public Reason {
            productIds = List.copyOf(productIds);
        }
    }

    /**
     * @param products     the catalog's products of the cart's lines (missing ones are gone).
     * @param available    units available per product; {@literal null} to skip the stock check.
     * @param shopCurrency the currency the shop sells in.
     */
    public static PricedCart of(List<CartLine> lines, Map<UUID, ProductFacts> products, Map<UUID, Integer> available,
                                String shopCurrency) {
        List<PricedLine> priced = new ArrayList<>();
        List<VatLine.Taxed> taxed = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int items = 0;
        for (CartLine line : lines) {
            ProductFacts product = products.get(line.productId());
            int stock = available == null ? Integer.MAX_VALUE : available.getOrDefault(line.productId(), 0);
            LineStatus status = status(product, line.quantity(), stock, shopCurrency);
            int backordered = status == LineStatus.OK && product.backorderable() && stock < line.quantity()
                    ? line.quantity() - Math.max(0, stock) : 0;
            BigDecimal lineTotal = product == null ? null : Money.times(product.unitPrice(), line.quantity());
            PricedLine pl = new PricedLine(line.productId(), product, line.quantity(),
                    available == null ? -1 : Math.max(0, stock), lineTotal, status, backordered,
                    reason(status, product, stock, shopCurrency));
            priced.add(pl);
            if (pl.priced()) {
                total = total.add(lineTotal);
                items += line.quantity();
                taxed.add(new VatLine.Taxed(product.taxRate(), lineTotal));
            }
        }
        List<Reason> reasons = reasons(priced, shopCurrency);
        return new PricedCart(List.copyOf(priced), lines.isEmpty() ? null : shopCurrency, total,
                VatLine.breakdown(taxed), items, reasons.isEmpty(), reasons);
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
                    l.status(), l.backordered(), l.reason());
            relined.add(line);
            if (line.priced()) {
                taxed.add(new VatLine.Taxed(line.product().taxRate(), line.lineTotal()));
            }
        }
        return new PricedCart(List.copyOf(relined), currency, total, VatLine.breakdown(taxed), itemCount, orderable,
                reasons);
    }

    private static LineStatus status(ProductFacts product, int quantity, int stock, String shopCurrency) {
        if (product == null) {
            return LineStatus.NOT_FOUND;
        }
        if (!product.active()) {
            return LineStatus.INACTIVE;
        }
        if (!product.currency().equals(shopCurrency)) {
            return LineStatus.CURRENCY_NOT_ACCEPTED;
        }
        if (product.availability() == ProductFacts.Availability.OUT_OF_STOCK) {
            return LineStatus.OUT_OF_STOCK;
        }
        return stock < quantity && !product.backorderable() ? LineStatus.INSUFFICIENT_STOCK : LineStatus.OK;
    }

    private static String reason(LineStatus status, ProductFacts product, int stock, String shopCurrency) {
        return switch (status) {
            case OK -> null;
            case NOT_FOUND -> "This product is no longer in the shop.";
            case INACTIVE -> "This product is not for sale at the moment.";
            case CURRENCY_NOT_ACCEPTED -> "This product is priced in " + product.currency() + ", but the shop sells in "
                    + shopCurrency + ".";
            case OUT_OF_STOCK -> "This product is out of stock.";
            case INSUFFICIENT_STOCK -> "Only " + Math.max(0, stock) + " in stock.";
        };
    }

    private static List<Reason> reasons(List<PricedLine> lines, String shopCurrency) {
        if (lines.isEmpty()) {
            return List.of(new Reason("EMPTY", "The cart is empty.", List.of()));
        }
        Map<LineStatus, List<UUID>> byStatus = new EnumMap<>(LineStatus.class);
        Set<String> otherCurrencies = new LinkedHashSet<>();
        for (PricedLine line : lines) {
            if (line.status() != LineStatus.OK) {
                byStatus.computeIfAbsent(line.status(), s -> new ArrayList<>()).add(line.productId());
            }
            if (line.status() == LineStatus.CURRENCY_NOT_ACCEPTED) {
                otherCurrencies.add(line.product().currency());
            }
        }
        List<Reason> reasons = new ArrayList<>();
        byStatus.forEach((status, ids) -> {
            String some = ids.size() == 1 ? "A product" : ids.size() + " products";
            String is = ids.size() == 1 ? " is" : " are";
            String message = switch (status) {
                case NOT_FOUND -> some + is + " no longer in the shop; remove " + (ids.size() == 1 ? "it." : "them.");
                case INACTIVE -> some + is + " not for sale at the moment; remove " + (ids.size() == 1 ? "it."
                        : "them.");
                case CURRENCY_NOT_ACCEPTED -> some + is + " priced in " + String.join(", ", otherCurrencies)
                        + ", but this shop sells in " + shopCurrency + " only; remove " + (ids.size() == 1 ? "it."
                        : "them.");
                case OUT_OF_STOCK -> some + is + " out of stock.";
                case INSUFFICIENT_STOCK -> some + (ids.size() == 1 ? " has" : " have")
                        + " fewer units in stock than the cart asks for.";
                case OK -> throw new IllegalStateException();
            };
            reasons.add(new Reason(status.name(), message, ids));
        });
        return List.copyOf(reasons);
    }

    /** The lines with one of these statuses, in cart order. */
    public List<PricedLine> linesWith(LineStatus... statuses) {
        Set<LineStatus> wanted = Set.of(statuses);
        return lines.stream().filter(l -> wanted.contains(l.status())).toList();
    }
}
