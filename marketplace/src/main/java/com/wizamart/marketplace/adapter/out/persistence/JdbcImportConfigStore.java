package com.wizamart.marketplace.adapter.out.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.marketplace.application.port.out.ImportConfigStore;
import com.wizamart.sharedkernel.persistence.JsonColumns;
import com.wizamart.tenancy.VendorContext;

@Repository
class JdbcImportConfigStore implements ImportConfigStore {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcImportConfigStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        jdbc.sql("select marketplace, feed_urls::text as urls from marketplace_import_configs where vendor_id = :vendor"
                        + " order by marketplace").param("vendor", VendorContext.require())
                .query(rs -> {
                    result.put(rs.getString("marketplace"), json.readStrings(rs.getString("urls")));
                });
        return result;
    }

    @Override
    public void save(String marketplace, Map<String, String> urlsByLanguage) {
        jdbc.sql("""
                insert into marketplace_import_configs (vendor_id, marketplace, feed_urls, updated_at)
                values (:vendor, :marketplace, cast(:urls as jsonb), now())
                on conflict (vendor_id, marketplace) do update set feed_urls = excluded.feed_urls, updated_at = now()""")
                .param("vendor", VendorContext.require()).param("marketplace", marketplace)
                .param("urls", json.write(urlsByLanguage)).update();
    }
}
