package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * One way a vendor's orders reach the customer, chosen at checkout: delivery at a flat price, delivery that is free
 * from a goods total on, or pick-up at the shop. A delivery method may be limited to a zone (a list of countries).
 *
 * <p>Invariants: a name; a price of at least zero with two decimals in the shop's currency; a positive threshold
 * for {@code FREE_ABOVE} (and a price above zero, or the threshold would mean nothing) and none otherwise; a zone of
 * ISO 3166-1 alpha-2 codes for delivery methods only; a pick-up location for {@code PICKUP} only.
 *
 * @param countries the zone, upper case and sorted; empty: every country.
 */
public record ShippingMethod(UUID id, String name, ShippingKind kind, BigDecimal price, String currency,
                             BigDecimal threshold, List<String> countries, String pickupLocation, boolean active,
                             Instant createdAt, Instant updatedAt) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PICKUP_LOCATION = 500;
    public static final int MAX_COUNTRIES = 250;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ShippingMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        countries = List.copyOf(countries);
    }

    /**
     * Checks what the vendor described and makes a method of it.
     *
     * @param shopCurrency the currency the shop sells in: the method's must be the same.
     * @param createdAt    when the method was first defined.
     * @throws ValidationException naming every invalid field.
     */
    public static ShippingMethod define(UUID id, ShippingMethodDetails d, String shopCurrency, Instant createdAt,
                                        Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty()) {
            v.add(new FieldViolation("name", "must not be blank"));
        } else if (name.length() > MAX_NAME) {
            v.add(new FieldViolation("name", "must be at most " + MAX_NAME + " characters"));
        }
        ShippingKind kind = kind(v, d.kind());
        BigDecimal price = amount(v, "price", d.price());
        if (d.price() == null) {
            v.add(new FieldViolation("price", "must not be null"));
        }
        String currency = currency(v, d.currency() == null ? shopCurrency : d.currency(), shopCurrency);
        BigDecimal threshold = amount(v, "threshold", d.threshold());
        if (kind == ShippingKind.FREE_ABOVE) {
            if (threshold == null || threshold.signum() <= 0) {
                v.add(new FieldViolation("threshold", "must be above 0 for a FREE_ABOVE method"));
            }
            if (price != null && price.signum() <= 0) {
                v.add(new FieldViolation("price", "must be above 0 for a FREE_ABOVE method (the price below the"
                        + " threshold)"));
            }
        } else if (kind != null && d.threshold() != null) {
            v.add(new FieldViolation("threshold", "is only for FREE_ABOVE methods"));
        }
        List<String> countries = countries(v, d.countries());
        if (kind == ShippingKind.PICKUP && !countries.isEmpty()) {
            v.add(new FieldViolation("countries", "a PICKUP method delivers nowhere: leave the zone empty"));
        }
        String location = d.pickupLocation() == null || d.pickupLocation().isBlank() ? null
                : d.pickupLocation().strip();
        if (kind == ShippingKind.PICKUP && location == null) {
            v.add(new FieldViolation("pickupLocation", "must not be blank for a PICKUP method"));
        } else if (kind != null && kind != ShippingKind.PICKUP && location != null) {
            v.add(new FieldViolation("pickupLocation", "is only for PICKUP methods"));
        } else if (location != null && location.length() > MAX_PICKUP_LOCATION) {
            v.add(new FieldViolation("pickupLocation", "must be at most " + MAX_PICKUP_LOCATION + " characters"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new ShippingMethod(id, name, kind, price, currency, threshold, countries, location,
                d.active() == null || d.active(), createdAt, now);
    }

    /** Whether the method brings the order to an address (all but pick-up). */
    public boolean delivers() {
        return kind != ShippingKind.PICKUP;
    }

    /**
     * @param country the destination, {@literal null} when there is none.
     * @return whether the method may be chosen for this destination (pick-up: always; a delivery limited to a zone:
     *         never without a destination).
     */
    public boolean serves(String country) {
        return !delivers() || countries.isEmpty() || country != null && countries.contains(country);
    }

    /**
     * @param goodsTotal the gross total of the goods ordered.
     * @return the gross shipping price for it: {@code FREE_ABOVE} is free from the threshold on (at the threshold
     *         itself too).
     */
    public BigDecimal priceFor(BigDecimal goodsTotal) {
        if (kind == ShippingKind.FREE_ABOVE && goodsTotal.compareTo(threshold) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return price;
    }

    private static ShippingKind kind(List<FieldViolation> v, String name) {
        if (name != null) {
            for (ShippingKind k : ShippingKind.values()) {
                if (k.name().equalsIgnoreCase(name.strip())) {
                    return k;
                }
            }
        }
        v.add(new FieldViolation("kind", "must be one of " + List.of(ShippingKind.values())));
        return null;
    }

    private static BigDecimal amount(List<FieldViolation> v, String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            v.add(new FieldViolation(field, "must be between 0 and " + MAX_AMOUNT.toPlainString()));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation(field, "must have at most two decimals"));
            return null;
        }
        return amount.setScale(2);
    }

    private static String currency(List<FieldViolation> v, String code, String shopCurrency) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(c);
        } catch (IllegalArgumentException e) {
            v.add(new FieldViolation("currency", "must be an ISO 4217 code such as EUR"));
            return null;
        }
        if (!c.equals(shopCurrency)) {
            v.add(new FieldViolation("currency", "must be the shop's currency, " + shopCurrency));
        }
        return c;
    }

    private static List<String> countries(List<FieldViolation> v, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MAX_COUNTRIES) {
            v.add(new FieldViolation("countries", "must be at most " + MAX_COUNTRIES + " countries"));
            return List.of();
        }
        Set<String> zone = new TreeSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                v.add(new FieldViolation("countries[" + i + "]", "must be an ISO 3166-1 alpha-2 code"));
            } else {
                zone.add(code);
            }
        }
        return List.copyOf(zone);
    }
}
