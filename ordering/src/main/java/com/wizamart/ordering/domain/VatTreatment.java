package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whose VAT an order charges, decided at checkout and kept with the order.
 *
 * <ul>
 * <li>{@link Scheme#OSS}: the vendor is registered for the one-stop shop and delivers to a consumer in another
 * member state: every line is taxed at the destination's rate for its product's {@link VatCategory}, shipping at its
 * standard rate.</li>
 * <li>{@link Scheme#SHOP}: everything else (no OSS registration, a domestic sale, a destination outside the rates
 * table, a pick-up at the shop): every line keeps the VAT rate its product carries, shipping is taxed at the
 * standard rate of the shop's country.</li>
 * </ul>
 * Orders are treated as sales to consumers (B2C) in either case.
 *
 * @param country the country whose rates apply: the destination for OSS, the shop's own country otherwise.
 */
public record VatTreatment(Scheme scheme, String country) {

    /** Which rates an order uses. */
    public enum Scheme {
        /** The products' own rates; shipping at the shop country's standard rate. */
        SHOP,
        /** The destination's rates (EU one-stop shop). */
        OSS
    }

    public VatTreatment {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(country, "country");
    }

    /**
     * @param destination      where the goods are delivered, {@literal null} for a pick-up (supplied at the shop, so
     *                         never a distance sale).
     * @param destinationRates the destination's rates on the day, {@literal null} when the table has none for it
     *                         (outside the EU).
     */
    public static VatTreatment decide(TaxSettings settings, String destination, CountryVatRates destinationRates) {
        if (settings.ossRegistered() && destination != null && !destination.equals(settings.originCountry())
                && destinationRates != null) {
            return new VatTreatment(Scheme.OSS, destination);
        }
        return new VatTreatment(Scheme.SHOP, settings.originCountry());
    }

    public boolean oss() {
        return scheme == Scheme.OSS;
    }

    /**
     * @param rates the rates of {@link #country()} ({@literal null} is fine for {@code SHOP}).
     * @return the VAT percent a product is sold at.
     */
    public BigDecimal rateFor(ProductFacts product, CountryVatRates rates) {
        return oss() ? rates.rate(product.vatCategory()) : product.taxRate();
    }

    /** @param rates the rates of {@link #country()}. */
    public BigDecimal shippingRate(CountryVatRates rates) {
        return rates.rate(VatCategory.STANDARD);
    }
}
