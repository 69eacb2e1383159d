package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.wizamart.ordering.application.Carts;
import com.wizamart.ordering.domain.PricedCart;

/**
 * A cart priced now. {@code status} per line: {@code OK}, {@code INACTIVE} (not for sale), {@code NOT_FOUND} (gone
 * from the catalog), {@code INSUFFICIENT_STOCK} (fewer than {@code quantity} available); {@code orderable} is true
 * when every line is OK. Totals cover the priced lines (OK and short of stock); prices are gross (VAT included).
 */
record CartResponse(String sessionId, List<Line> lines, int itemCount, BigDecimal total, String currency,
                    List<VatResponse> vat, boolean orderable, Instant updatedAt) {

    record Line(UUID productId, String sku, String name, BigDecimal unitPrice, BigDecimal taxRate, int quantity,
                BigDecimal lineTotal, Integer availableQuantity, String status) {
    }

    static CartResponse of(Carts.CartView view) {
        PricedCart cart = view.priced();
        List<Line> lines = cart.lines().stream().map(l -> new Line(l.productId(),
                l.product() == null ? null : l.product().sku(), l.product() == null ? null : l.product().name(),
                l.product() == null ? null : l.product().unitPrice(), l.product() == null ? null : l.product().taxRate(),
                l.quantity(), l.lineTotal(), l.available() < 0 ? null : l.available(), l.status().name())).toList();
        return new CartResponse(view.sessionId(), lines, cart.itemCount(), cart.total(), cart.currency(),
                VatResponse.of(cart.vat()), cart.orderable(), view.updatedAt());
    }
}
