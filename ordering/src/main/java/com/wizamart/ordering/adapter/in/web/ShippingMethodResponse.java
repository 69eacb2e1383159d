package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.domain.ShippingMethod;

/**
 * A shipping method as the vendor keeps it. {@code price} is gross (VAT included) in {@code currency};
 * {@code threshold} ({@code FREE_ABOVE} only) is the gross goods total from which shipping is free; {@code countries}
 * is the delivery zone (empty: every country).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ShippingMethodResponse(UUID id, String name, String kind, BigDecimal price, String currency,
                              BigDecimal threshold, List<String> countries, String pickupLocation, boolean active,
                              Instant createdAt, Instant updatedAt) {

    static ShippingMethodResponse of(ShippingMethod m) {
        return new ShippingMethodResponse(m.id(), m.name(), m.kind().name(), m.price(), m.currency(), m.threshold(),
                m.countries(), m.pickupLocation(), m.active(), m.createdAt(), m.updatedAt());
    }
}
