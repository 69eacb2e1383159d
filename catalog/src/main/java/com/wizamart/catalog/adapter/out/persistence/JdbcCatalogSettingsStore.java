package com.wizamart.catalog.adapter.out.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.catalog.application.port.out.CatalogSettingsStore;
import com.wizamart.catalog.domain.CatalogSettings;
import com.wizamart.catalog.domain.Ownership;
import com.wizamart.catalog.domain.RefreshReview;
import com.wizamart.tenancy.VendorContext;

/** A vendor's catalog settings in {@code catalog_vendor_settings} (one row per vendor, once saved). */
@Repository
class JdbcCatalogSettingsStore implements CatalogSettingsStore {

    private final JdbcClient jdbc;

    JdbcCatalogSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CatalogSettings> load() {
        return jdbc.sql("""
                        select default_language, default_tax_rate, currency, stock_owner, price_owner, refresh_review
                        from catalog_vendor_settings where vendor_id = :vendor""")
                .param("vendor", VendorContext.require())
                .query((rs, n) -> new CatalogSettings(rs.getString("default_language"),
                        rs.getBigDecimal("default_tax_rate"), rs.getString("currency"),
                        Ownership.valueOf(rs.getString("stock_owner")), Ownership.valueOf(rs.getString("price_owner")),
                        RefreshReview.valueOf(rs.getString("refresh_review"))))
                .optional();
    }

    @Override
    public void save(CatalogSettings s) {
        jdbc.sql("""
                insert into catalog_vendor_settings (vendor_id, default_language, default_tax_rate, currency,
                  stock_owner, price_owner, refresh_review, updated_at)
                values (:vendor, :language, :taxRate, :currency, :stockOwner, :priceOwner, :refreshReview, now())
                on conflict (vendor_id) do update set default_language = excluded.default_language,
                  default_tax_rate = excluded.default_tax_rate, currency = excluded.currency,
                  stock_owner = excluded.stock_owner, price_owner = excluded.price_owner,
                  refresh_review = excluded.refresh_review, updated_at = excluded.updated_at""")
                .param("vendor", VendorContext.require()).param("language", s.defaultLanguage())
                .param("taxRate", s.defaultTaxRate()).param("currency", s.currency())
                .param("stockOwner", s.stockOwner().name()).param("priceOwner", s.priceOwner().name())
                .param("refreshReview", s.refreshReview().name()).update();
    }
}
