package com.wizamart.ordering.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.VatRateTable;
import com.wizamart.ordering.domain.CountryVatRates;
import com.wizamart.ordering.domain.VatCategory;

/** The rates in {@code ordering_vat_rates} (platform data, read only for the application). */
@Repository
class JdbcVatRateTable implements VatRateTable {

    private final JdbcClient jdbc;

    JdbcVatRateTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CountryVatRates> on(String country, LocalDate day) {
        Map<VatCategory, BigDecimal> rates = new EnumMap<>(VatCategory.class);
        jdbc.sql("""
                select category, rate from ordering_vat_rates
                where country = :country and valid_from <= :day and (valid_to is null or valid_to >= :day)""")
                .param("country", country).param("day", day)
                .query(rs -> {
                    rates.put(VatCategory.valueOf(rs.getString("category")), rs.getBigDecimal("rate"));
                });
        return rates.containsKey(VatCategory.STANDARD)
                ? Optional.of(new CountryVatRates(country, day, rates)) : Optional.empty();
    }
}
