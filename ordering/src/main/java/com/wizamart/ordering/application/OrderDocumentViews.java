package com.wizamart.ordering.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.OrderDocuments;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Money;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.spi.ShopperPreferences;
import com.wizamart.tenancy.VendorScope;

/**
 * Orders as messages to their customers show them ({@link OrderDocuments}): lines, VAT per rate, shipping, the
 * address as a label prints it, and the language to write in: the one the customer shopped in (kept at checkout),
 * else for orders placed before it was kept the customer's preferred language ({@link ShopperPreferences}).
 */
@Service
@Transactional(readOnly = true)
public class OrderDocumentViews implements OrderDocuments {

    private final OrderStore orders;
    private final ShopperPreferences preferences;
    private final VendorScope vendorScope;

    OrderDocumentViews(OrderStore orders, ShopperPreferences preferences, VendorScope vendorScope) {
        this.orders = orders;
        this.preferences = preferences;
        this.vendorScope = vendorScope;
    }

    @Override
    public Optional<OrderDocument> find(UUID vendorId, UUID orderId) {
        Objects.requireNonNull(vendorId, "vendorId");
        return vendorScope.callAs(vendorId, () -> orders.find(orderId).map(this::document));
    }

    private OrderDocument document(Order o) {
        String language = o.language() != null ? o.language()
                : preferences.preferredLanguage(o.vendorId(), o.customerId()).orElse(null);
        List<Line> lines = o.lines().stream().map(l -> new Line(l.sku(), l.name(), l.quantity(), l.unitPrice(),
                l.lineTotal(), l.taxRate())).toList();
        List<Vat> vat = o.vat().stream().map(v -> new Vat(v.rate(), v.net(), v.tax())).toList();
        BigDecimal shippingTotal = o.shipping() == null ? Money.of(BigDecimal.ZERO) : o.shipping().gross();
        return new OrderDocument(o.id(), o.vendorId(), o.number(), o.status().name(), o.customerId(),
                o.customerEmail(), o.customerName(), language, lines, vat, shippingTotal,
                o.shipping() == null ? null : o.shipping().name(),
                o.shippingAddress() == null ? List.of() : o.shippingAddress().lines(), o.total(), o.taxTotal(),
                o.refundedTotal(), o.currency(), o.trackingNumber(), o.paymentMethod(), o.paymentStatus(),
                o.placedAt());
    }
}
