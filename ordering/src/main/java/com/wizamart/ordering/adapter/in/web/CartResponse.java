package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.wizamart.ordering.application.Carts;
import com.wizamart.ordering.domain.PricedCart;

/**
 * A cart priced now. {@code status} per line: {@code OK}, {@code INACTIVE} (not for sale), {@code NOT_FOUND} (gone
 * from the catalog), {@code CURRENCY_NOT_ACCEPTED} (priced in another currency than the shop's), {@code OUT_OF_STOCK}
 * (the vendor marks it out of stock), {@code INSUFFICIENT_STOCK} (fewer than {@code quantity} available), each but OK
 * with its {@code reason}; {@code orderable} is true when every line is OK, else {@code reasons} says why. Totals are
 * in the shop's {@code currency} and cover the lines priced in it that are for sale (OK, out of stock, short of
 * stock); prices are gross (VAT included).
 */
record CartResponse(String sessionId, List<Line> lines, int itemCount, BigDecimal total, String currency,
                    List<VatResponse> vat, boolean orderable, Instant updatedAt, List<Reason> reasons) {

    /**
     * @param currency            the currency of {@code unitPrice} and {@code lineTotal}.
     * @param availability        {@code IN_STOCK}, {@code OUT_OF_STOCK}, {@code PREORDER} or {@code BACKORDER}.
     * @param backorderedQuantity units beyond the stock of a preorder or backorder product: ordered, delivered once in
     *                            stock.
     * @param reason              why the line cannot be ordered; {@literal null} when it can.
     */
    record Line(UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate, int quantity,
                BigDecimal lineTotal, Integer availableQuantity, String status, String currency, String availability,
                int backorderedQuantity, String reason) {
    }

    /**
     * @param code       {@code EMPTY}, or the status of the lines concerned.
     * @param productIds the products of those lines.
     */
    record Reason(String code, String message, List<UUID> productIds) {
    }

    static CartResponse of(Carts.CartView view) {
        PricedCart cart = view.priced();
        List<Line> lines = cart.lines().stream().map(l -> new Line(l.productId(),
                l.product() == null ? null : l.product().sku(), l.product() == null ? null : l.product().name(),
                l.product() == null ? null : l.product().unitPrice(), l.product() == null ? null : l.product().taxRate(),
                l.quantity(), l.lineTotal(), l.available() < 0 ? null : l.available(), l.status().name(),
                l.product() == null ? null : l.product().currency(),
                l.product() == null ? null : l.product().availability().name(), l.backordered(), l.reason()))
                .toList();
        return new CartResponse(view.sessionId(), lines, cart.itemCount(), cart.total(), cart.currency(),
                VatResponse.of(cart.vat()), cart.orderable(), view.updatedAt(),
                cart.reasons().stream().map(r -> new Reason(r.code(), r.message(), r.productIds())).toList());
    }
}
