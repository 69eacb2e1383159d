package com.wizamart.inventory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deciding which stock rows serve a requested quantity of one product. */
public final class Allocation {

    private Allocation() {
    }

    /** Take {@code quantity} units from {@code stock}. */
    public record Take(StockItem stock, int quantity) {
    }

    /**
     * Takes from each row in the given order as much as it has available until the quantity is covered.
     *
     * @param stockInTakingOrder one product's stock rows, sorted by {@link Location#TAKING_ORDER} of their locations.
     * @param quantity           positive.
     * @return the takes, or empty when the rows together have less available than {@code quantity}.
     */
    public static Optional<List<Take>> take(List<StockItem> stockInTakingOrder, int quantity) {
        List<Take> takes = takeUpTo(stockInTakingOrder, quantity);
        return taken(takes) == quantity ? Optional.of(takes) : Optional.empty();
    }

    /**
     * Takes from each row in the given order as much as it has available, at most {@code quantity} in all: what a line
     * that may be backordered gets.
     *
     * @return the takes; empty when nothing is available.
     */
    public static List<Take> takeUpTo(List<StockItem> stockInTakingOrder, int quantity) {
        List<Take> takes = new ArrayList<>();
        int missing = quantity;
        for (StockItem stock : stockInTakingOrder) {
            if (missing == 0) {
                break;
            }
            int taken = Math.min(missing, stock.available());
            if (taken > 0) {
                takes.add(new Take(stock, taken));
                missing -= taken;
            }
        }
        return takes;
    }

    /** @return the units of the takes together. */
    public static int taken(List<Take> takes) {
        int total = 0;
        for (Take take : takes) {
            total += take.quantity();
        }
        return total;
    }

    /** @return the total available of a product's rows. */
    public static int available(List<StockItem> stock) {
        long total = 0;
        for (StockItem s : stock) {
            total += s.available();
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
