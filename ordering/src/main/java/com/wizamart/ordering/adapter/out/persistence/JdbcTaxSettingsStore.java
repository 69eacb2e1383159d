package com.wizamart.ordering.adapter.out.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.TaxSettingsStore;
import com.wizamart.ordering.domain.TaxSettings;
import com.wizamart.tenancy.VendorContext;

/** A vendor's VAT registration in {@code ordering_tax_settings} (one row per vendor, once saved). */
@Repository
class JdbcTaxSettingsStore implements TaxSettingsStore {

    private final JdbcClient jdbc;

    JdbcTaxSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TaxSettings> load() {
        return jdbc.sql("select oss_registered, origin_country from ordering_tax_settings where vendor_id = :vendor")
                .param("vendor", VendorContext.require())
                .query((rs, n) -> new TaxSettings(rs.getBoolean("oss_registered"), rs.getString("origin_country")))
                .optional();
    }

    @Override
    public void save(TaxSettings s) {
        jdbc.sql("""
                insert into ordering_tax_settings (vendor_id, oss_registered, origin_country, updated_at)
                values (:vendor, :oss, :origin, now())
                on conflict (vendor_id) do update set oss_registered = excluded.oss_registered,
                  origin_country = excluded.origin_country, updated_at = excluded.updated_at""")
                .param("vendor", VendorContext.require()).param("oss", s.ossRegistered())
                .param("origin", s.originCountry()).update();
    }
}
