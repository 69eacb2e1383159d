package com.wizamart.ordering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The VAT included in the gross amounts at one rate: {@code tax = gross * rate / (100 + rate)}, rounded once per rate
 * (not per line), as EU invoices show it.
 *
 * @param rate  percent, e.g. {@code 17.00}.
 * @param gross what customers pay at this rate, VAT included.
 * @param net   {@code gross - tax}.
 * @param tax   the VAT included.
 */
public record VatLine(BigDecimal rate, BigDecimal gross, BigDecimal net, BigDecimal tax) {

    /** A gross amount and the VAT rate it includes. */
    public record Taxed(BigDecimal rate, BigDecimal gross) {
    }

    /** @return one line per rate, lowest rate first. */
    public static List<VatLine> breakdown(Collection<Taxed> amounts) {
        Map<BigDecimal, BigDecimal> byRate = new TreeMap<>();
        for (Taxed t : amounts) {
            byRate.merge(t.rate().setScale(2, RoundingMode.HALF_UP), t.gross(), BigDecimal::add);
        }
        List<VatLine> lines = new ArrayList<>();
        byRate.forEach((rate, gross) -> lines.add(of(rate, gross)));
        return List.copyOf(lines);
    }

    /** @return the VAT included in {@code gross} at {@code rate}. */
    public static VatLine of(BigDecimal rate, BigDecimal gross) {
        BigDecimal r = rate.setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = gross.multiply(r).divide(r.add(BigDecimal.valueOf(100)), 2, RoundingMode.HALF_UP);
        return new VatLine(r, Money.of(gross), Money.of(gross.subtract(tax)), tax);
    }

    public static BigDecimal totalTax(List<VatLine> lines) {
        return lines.stream().map(VatLine::tax).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
