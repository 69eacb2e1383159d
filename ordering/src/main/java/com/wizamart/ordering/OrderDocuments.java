package com.wizamart.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order as a message to its customer shows it (confirmation, shipped, cancelled, refunded). Implemented by
 * ordering; scoped to {@code vendorId} (Row-Level Security).
 */
public interface OrderDocuments {

    /** @return the order, or empty when the vendor has no such order. */
    Optional<OrderDocument> find(UUID vendorId, UUID orderId);

    /**
     * @param language       the language the customer shops in (e.g. {@code fr}); {@literal null} when unknown.
     * @param shippingName   the shipping method's name; {@literal null} without one.
     * @param shippingTotal  gross shipping; zero without one.
     * @param shippingAddress one line per row of the address; empty for a pick-up.
     */
    record OrderDocument(UUID orderId, UUID vendorId, String number, String status, UUID customerId,
                         String customerEmail, String customerName, String language, List<Line> lines,
                         List<Vat> vat, BigDecimal shippingTotal, String shippingName, List<String> shippingAddress,
                         BigDecimal total, BigDecimal taxTotal, BigDecimal refundedTotal, String currency,
                         String trackingNumber, PaymentMethod paymentMethod, PaymentStatus paymentStatus,
                         Instant placedAt) {

        public OrderDocument {
            lines = List.copyOf(lines);
            vat = List.copyOf(vat);
            shippingAddress = List.copyOf(shippingAddress);
        }
    }

    /** One ordered product, gross. */
    record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal,
                BigDecimal vatRate) {
    }

    /** The VAT of one rate: what the gross amounts at that rate hold. */
    record Vat(BigDecimal rate, BigDecimal net, BigDecimal tax) {
    }
}
