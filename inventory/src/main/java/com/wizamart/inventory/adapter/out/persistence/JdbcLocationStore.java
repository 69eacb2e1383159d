package com.wizamart.inventory.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.inventory.application.port.out.LocationStore;
import com.wizamart.inventory.domain.Location;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/** Locations. Every statement names the bound vendor; Row-Level Security enforces it again underneath. */
@Repository
class JdbcLocationStore implements LocationStore {

    private static final String SELECT = """
            select id, vendor_id, code, name, priority, is_default, created_at from inventory_locations
            where vendor_id = :vendor""";
    /** SQL form of {@link Location#TAKING_ORDER}. */
    static final String TAKING_ORDER = "is_default desc, priority, lower(name), lower(code), id";
    private static final Map<String, String> SORTABLE = Map.of("code", "lower(code)", "name", "lower(name)",
            "priority", "priority", "createdAt", "created_at");

    private final JdbcClient jdbc;

    JdbcLocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Location l) {
        return jdbc.sql("""
                insert into inventory_locations (id, vendor_id, code, name, priority, is_default, created_at)
                values (:id, :vendor, :code, :name, :priority, :isDefault, :createdAt)
                on conflict (vendor_id, lower(code)) do nothing""")
                .params(params(l)).update() == 1;
    }

    @Override
    public void insertDefaultIfMissing(Location l) {
        jdbc.sql("""
                insert into inventory_locations (id, vendor_id, code, name, priority, is_default, created_at)
                values (:id, :vendor, :code, :name, :priority, :isDefault, :createdAt)
                on conflict do nothing""")
                .params(params(l)).update();
    }

    private static Map<String, Object> params(Location l) {
        return Map.of("id", l.id(), "vendor", l.vendorId(), "code", l.code(), "name", l.name(),
                "priority", l.priority(), "isDefault", l.isDefault(), "createdAt", Timestamp.from(l.createdAt()));
    }

    @Override
    public Optional<Location> find(UUID id) {
        return jdbc.sql(SELECT + " and id = :id").param("vendor", VendorContext.require()).param("id", id)
                .query(JdbcLocationStore::map).optional();
    }

    @Override
    public Optional<Location> findByCode(String code) {
        return jdbc.sql(SELECT + " and lower(code) = lower(:code)").param("vendor", VendorContext.require())
                .param("code", code).query(JdbcLocationStore::map).optional();
    }

    @Override
    public Optional<Location> findDefault() {
        return jdbc.sql(SELECT + " and is_default").param("vendor", VendorContext.require())
                .query(JdbcLocationStore::map).optional();
    }

    @Override
    public Optional<Location> findFeed() {
        return jdbc.sql("""
                select l.id, l.vendor_id, l.code, l.name, l.priority, l.is_default, l.created_at
                from inventory_vendor_settings s
                  join inventory_locations l on l.vendor_id = s.vendor_id and l.id = s.feed_location_id
                where s.vendor_id = :vendor""")
                .param("vendor", VendorContext.require()).query(JdbcLocationStore::map).optional();
    }

    @Override
    public void saveFeed(UUID locationId, Instant at) {
        jdbc.sql("""
                insert into inventory_vendor_settings (vendor_id, feed_location_id, updated_at)
                values (:vendor, :location, :at)
                on conflict (vendor_id) do update set feed_location_id = excluded.feed_location_id,
                  updated_at = excluded.updated_at""")
                .param("vendor", VendorContext.require()).param("location", locationId)
                .param("at", Timestamp.from(at)).update();
    }

    @Override
    public List<Location> all() {
        return jdbc.sql(SELECT).param("vendor", VendorContext.require()).query(JdbcLocationStore::map).list();
    }

    @Override
    public Page<Location> list(Pageable pageable) {
        UUID vendor = VendorContext.require();
        long total = jdbc.sql("select count(*) from inventory_locations where vendor_id = :vendor")
                .param("vendor", vendor).query(Long.class).single();
        List<Location> content = jdbc.sql(SELECT + " order by " + SqlSort.orderBy(pageable.getSort(), SORTABLE,
                        TAKING_ORDER) + ", id limit :limit offset :offset")
                .param("vendor", vendor).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcLocationStore::map).list();
        return new PageImpl<>(content, pageable, total);
    }

    static Location map(ResultSet rs, int n) throws SQLException {
        return new Location(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getString("code"), rs.getString("name"), rs.getInt("priority"), rs.getBoolean("is_default"),
                rs.getTimestamp("created_at").toInstant());
    }
}
