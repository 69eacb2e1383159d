package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * What an order charges for shipping: a snapshot of the method chosen at checkout and of its price and VAT, kept as
 * they were when the order was placed.
 *
 * @param gross          the price paid, VAT included.
 * @param taxRate        the VAT percent included.
 * @param net            {@code gross - tax}.
 * @param tax            the VAT included in {@code gross}, rounded half up.
 * @param pickupLocation where a {@code PICKUP} order is collected, else {@literal null}.
 */
public record ShippingLine(UUID methodId, String name, ShippingKind kind, BigDecimal gross, BigDecimal taxRate,
                           BigDecimal net, BigDecimal tax, String pickupLocation) {

    public ShippingLine {
        Objects.requireNonNull(methodId, "methodId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(taxRate, "taxRate");
    }

    /** The line for {@code method} at the gross price {@code gross}, including VAT at {@code taxRate}. */
    public static ShippingLine of(ShippingMethod method, BigDecimal gross, BigDecimal taxRate) {
        VatLine vat = VatLine.of(taxRate, gross);
        return new ShippingLine(method.id(), method.name(), method.kind(), vat.gross(), vat.rate(), vat.net(),
                vat.tax(), method.pickupLocation());
    }
}
