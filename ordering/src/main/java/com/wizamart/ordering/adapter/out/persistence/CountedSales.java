package com.wizamart.ordering.adapter.out.persistence;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.wizamart.ordering.domain.OrderStatus;

/**
 * The one definition of the sales figures (ADR 0022), as the two row sources every figure query reads from. Nothing
 * else in the code says which orders count or what they add:
 *
 * <ul>
 * <li><b>orders</b>: an order counts from the moment it is placed until it is cancelled or refunded
 * ({@link OrderStatus#countsAsSale()}): the rows of {@link #ORDERS};</li>
 * <li><b>revenue</b>: the gross totals (VAT included, shipping included) of the counted orders less what was refunded
 * of them, per currency ({@code revenue} of {@link #ORDERS});</li>
 * <li><b>units sold</b>: the quantities of the counted orders' lines less the refunded units ({@code units} of
 * {@link #LINES}), and a line's revenue its gross line total less its refunded units at its unit price;</li>
 * <li><b>a customer's spend</b>: the revenue of their counted orders, per currency.</li>
 * </ul>
 *
 * A refund of part of an order changes the figures here and nowhere else: {@code revenue} and {@code units} are
 * where refunded amounts and quantities are taken off (an order refunded in full is {@code REFUNDED} and leaves them).
 */
final class CountedSales {

    /** The statuses that count, as an SQL in-list, from the domain's rule. */
    static final String STATUSES = Arrays.stream(OrderStatus.values()).filter(OrderStatus::countsAsSale)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    /**
     * The counted orders: {@code vendor_id, order_id, customer_id, currency, placed_at, revenue}. A derived table
     * PostgreSQL folds into the query around it, so the caller's filters still use {@code ordering_orders}' indexes.
     */
    static final String ORDERS = """
            (select o.vendor_id, o.id as order_id, o.customer_id, o.currency, o.placed_at, o.total - o.refunded_total as revenue
             from ordering_orders o
             where o.status in (%s))""".formatted(STATUSES);

    /**
     * The lines of the counted orders: {@code vendor_id, order_id, product_id, sku, name, currency, placed_at, units,
     * revenue}.
     */
    static final String LINES = """
            (select l.vendor_id, l.order_id, l.product_id, l.sku, l.name, o.currency, o.placed_at,
               l.quantity - l.refunded_quantity as units,
               l.line_total - l.unit_price * l.refunded_quantity as revenue
             from ordering_order_lines l
               join ordering_orders o on o.vendor_id = l.vendor_id and o.id = l.order_id
             where o.status in (%s))""".formatted(STATUSES);

    private CountedSales() {
    }
}
