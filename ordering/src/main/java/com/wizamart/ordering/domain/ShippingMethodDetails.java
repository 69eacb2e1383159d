package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A shipping method as the vendor describes it; checked by {@link ShippingMethod#define}.
 *
 * @param kind           {@code FLAT}, {@code FREE_ABOVE} or {@code PICKUP} (case-insensitive).
 * @param price          the gross price (VAT included) in {@code currency}; for {@code FREE_ABOVE} the price below
 *                       the threshold.
 * @param currency       ISO 4217; {@literal null} means the shop's currency.
 * @param threshold      {@code FREE_ABOVE} only: from this gross goods total on, shipping is free.
 * @param countries      the delivery zone, ISO 3166-1 alpha-2 codes; {@literal null} or empty: every country. Not for
 *                       {@code PICKUP}.
 * @param pickupLocation {@code PICKUP} only, required there: where the customer collects the order.
 * @param active         {@literal null} means active.
 */
public record ShippingMethodDetails(String name, String kind, BigDecimal price, String currency, BigDecimal threshold,
                                   List<String> countries, String pickupLocation, Boolean active) {
}
