package com.wizamart.tenancy.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.tenancy.application.port.out.FeedSourceStore;
import com.wizamart.tenancy.domain.FeedSources;

/** Feed sources in {@code tenancy_vendor_feed_sources}, one row per vendor, marketplace and language (RLS). */
@Repository
class JdbcFeedSourceStore implements FeedSourceStore {

    private final JdbcClient jdbc;

    JdbcFeedSourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FeedSources load(UUID vendorId) {
        return load(List.of(vendorId)).getOrDefault(vendorId, FeedSources.none());
    }

    @Override
    public Map<UUID, FeedSources> load(Collection<UUID> vendorIds) {
        if (vendorIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<FeedSources.Source>> rows = new HashMap<>();
        jdbc.sql("""
                        select vendor_id, marketplace, language, url from tenancy_vendor_feed_sources
                        where vendor_id in (:ids) order by vendor_id, marketplace, language""")
                .param("ids", List.copyOf(vendorIds))
                .query(rs -> {
                    rows.computeIfAbsent(rs.getObject("vendor_id", UUID.class), k -> new ArrayList<>())
                            .add(new FeedSources.Source(rs.getString("marketplace"), rs.getString("language"),
                                    rs.getString("url")));
                });
        Map<UUID, FeedSources> result = new HashMap<>();
        rows.forEach((vendor, sources) -> result.put(vendor, FeedSources.restore(sources)));
        return result;
    }

    @Override
    public void replace(UUID vendorId, FeedSources sources) {
        jdbc.sql("delete from tenancy_vendor_feed_sources where vendor_id = :vendor").param("vendor", vendorId)
                .update();
        for (FeedSources.Source source : sources.all()) {
            jdbc.sql("""
                            insert into tenancy_vendor_feed_sources (vendor_id, marketplace, language, url)
                            values (:vendor, :marketplace, :language, :url)""")
                    .param("vendor", vendorId).param("marketplace", source.marketplace())
                    .param("language", source.language()).param("url", source.url()).update();
        }
    }
}
