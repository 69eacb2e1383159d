package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The VAT rates of one member state valid on one day, by category, as the rates table holds them. Every state has a
 * standard rate; a category the state does not have falls back along {@link VatCategory#ladder()}.
 */
public record CountryVatRates(String country, LocalDate day, Map<VatCategory, BigDecimal> rates) {

    /**
     * The clock the table's days are read on: Central European Time, the time of most member states (an order in the
     * hour around midnight of a state on another time may be taxed at the rate of the neighbouring day).
     */
    public static final ZoneId TABLE_ZONE = ZoneId.of("Europe/Brussels");

    public CountryVatRates {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(day, "day");
        if (!rates.containsKey(VatCategory.STANDARD)) {
            throw new IllegalArgumentException("the rates of " + country + " on " + day + " have no standard rate");
        }
        rates = Map.copyOf(new EnumMap<>(rates));
    }

    /** @return the day whose rates apply to something that happens at {@code instant}. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, TABLE_ZONE);
    }

    /** @return the rate for {@code category}, or for the next category up the state has. */
    public BigDecimal rate(VatCategory category) {
        for (VatCategory c : category.ladder()) {
            BigDecimal rate = rates.get(c);
            if (rate != null) {
                return rate;
            }
        }
        throw new IllegalStateException("unreachable: every state has a standard rate");
    }
}
