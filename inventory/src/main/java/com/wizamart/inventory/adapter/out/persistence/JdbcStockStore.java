package com.wizamart.inventory.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.application.port.in.StockQuery;
import com.wizamart.inventory.application.port.in.StockView;
import com.wizamart.inventory.application.port.out.StockStore;
import com.wizamart.inventory.domain.StockItem;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/**
 * Stock rows. Locks are taken in (product_id, location_id) order: PostgreSQL locks {@code FOR UPDATE} rows as the
 * sorted result is produced, so two transactions locking overlapping sets queue rather than deadlock.
 */
@Repository
class JdbcStockStore implements StockStore {

    private static final String SELECT_ROW = """
            select id, vendor_id, product_id, location_id, on_hand, reserved from inventory_stock
            where vendor_id = :vendor""";
    private static final String SELECT_VIEW = """
            select s.id, s.product_id, s.location_id, l.code, l.name, l.is_default, l.priority, s.on_hand, s.reserved,
              s.updated_at
            from inventory_stock s join inventory_locations l on l.vendor_id = s.vendor_id and l.id = s.location_id
            where s.vendor_id = :vendor""";
    private static final Map<String, String> SORTABLE = Map.of("quantity", "s.on_hand", "onHand", "s.on_hand",
            "reserved", "s.reserved", "available", "(s.on_hand - s.reserved)", "updatedAt", "s.updated_at",
            "productId", "s.product_id", "location", "lower(l.code)");
    private static final String VIEW_ORDER = "s.product_id, l.is_default desc, l.priority, lower(l.name), lower(l.code)";
    /** Most ids a statement names as an in-list of placeholders (see {@link #productsIn}). */
    private static final int MAX_IN_LIST = 200;

    private final JdbcClient jdbc;

    JdbcStockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID vendor() {
        return VendorContext.require();
    }

    @Override
    public boolean insertIfAbsent(StockItem s) {
        return jdbc.sql("""
                insert into inventory_stock (id, vendor_id, product_id, location_id, on_hand, reserved)
                values (:id, :vendor, :product, :location, :onHand, :reserved)
                on conflict (vendor_id, product_id, location_id) do nothing""")
                .param("id", s.id()).param("vendor", s.vendorId()).param("product", s.productId())
                .param("location", s.locationId()).param("onHand", s.onHand()).param("reserved", s.reserved())
                .update() == 1;
    }

    @Override
    public Optional<StockItem> lock(UUID id) {
        return jdbc.sql(SELECT_ROW + " and id = :id for update").param("vendor", vendor()).param("id", id)
                .query(JdbcStockStore::row).optional();
    }

    @Override
    public Optional<StockItem> lock(UUID productId, UUID locationId) {
        return jdbc.sql(SELECT_ROW + " and product_id = :product and location_id = :location for update")
                .param("vendor", vendor()).param("product", productId).param("location", locationId)
                .query(JdbcStockStore::row).optional();
    }

    @Override
    public List<StockItem> lockProducts(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();   // an empty in-list is no SQL
        }
        return jdbc.sql(SELECT_ROW + " and " + productsIn(productIds) + " order by product_id, location_id for update")
                .param("vendor", vendor()).param("products", products(productIds))
                .query(JdbcStockStore::row).list();
    }

    @Override
    public Map<UUID, StockItem> atLocation(Collection<UUID> productIds, UUID locationId) {
        Map<UUID, StockItem> rows = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return rows;   // an empty in-list is no SQL
        }
        jdbc.sql(SELECT_ROW + " and location_id = :location and " + productsIn(productIds))
                .param("vendor", vendor()).param("location", locationId).param("products", products(productIds))
                .query(JdbcStockStore::row).list().forEach(row -> rows.put(row.productId(), row));
        return rows;
    }

    @Override
    public void update(StockItem s) {
        jdbc.sql("""
                update inventory_stock set on_hand = :onHand, reserved = :reserved, updated_at = now()
                where vendor_id = :vendor and id = :id""")
                .param("onHand", s.onHand()).param("reserved", s.reserved()).param("vendor", vendor())
                .param("id", s.id()).update();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("delete from inventory_stock where vendor_id = :vendor and id = :id").param("vendor", vendor())
                .param("id", id).update();
    }

    @Override
    public boolean exists(UUID productId) {
        return jdbc.sql("select exists (select 1 from inventory_stock where vendor_id = :vendor and product_id = :product)")
                .param("vendor", vendor()).param("product", productId).query(Boolean.class).single();
    }

    @Override
    public Map<UUID, StockLevel> totals(Collection<UUID> productIds) {
        Map<UUID, StockLevel> totals = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return totals;   // an empty in-list is no SQL
        }
        jdbc.sql("""
                select product_id, sum(on_hand) as on_hand, sum(reserved) as reserved from inventory_stock
                where vendor_id = :vendor and %s group by product_id""".formatted(productsIn(productIds)))
                .param("vendor", vendor()).param("products", products(productIds))
                .query(rs -> {
                    UUID id = rs.getObject("product_id", UUID.class);
                    int onHand = clamp(rs.getLong("on_hand"));
                    int reserved = clamp(rs.getLong("reserved"));
                    totals.put(id, new StockLevel(id, onHand, reserved, clamp(rs.getLong("on_hand") - rs.getLong("reserved"))));
                });
        return totals;
    }

    @Override
    public List<StockLevel> lowest(int threshold, int limit) {
        return jdbc.sql("""
                select product_id, sum(on_hand) as on_hand, sum(reserved) as reserved from inventory_stock
                where vendor_id = :vendor group by product_id having sum(on_hand - reserved) <= :threshold
                order by sum(on_hand - reserved), product_id limit :limit""")
                .param("vendor", vendor()).param("threshold", threshold).param("limit", limit)
                .query((rs, n) -> new StockLevel(rs.getObject("product_id", UUID.class), clamp(rs.getLong("on_hand")),
                        clamp(rs.getLong("reserved")), clamp(rs.getLong("on_hand") - rs.getLong("reserved"))))
                .list();
    }

    @Override
    public Page<StockView> search(StockQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vendor", vendor());
        if (q.productId() != null) {
            where.append(" and s.product_id = :product");
            p.put("product", q.productId());
        }
        if (q.locationId() != null) {
            where.append(" and s.location_id = :location");
            p.put("location", q.locationId());
        }
        if (q.lowStock() != null) {
            where.append(" and s.on_hand - s.reserved <= :low");
            p.put("low", q.lowStock());
        }
        long total = jdbc.sql("select count(*) from inventory_stock s where s.vendor_id = :vendor" + where).params(p)
                .query(Long.class).single();
        List<StockView> content = jdbc.sql(SELECT_VIEW + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, VIEW_ORDER) + ", s.id limit :limit offset :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcStockStore::view).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public Optional<StockView> view(UUID id) {
        return jdbc.sql(SELECT_VIEW + " and s.id = :id").param("vendor", vendor()).param("id", id)
                .query(JdbcStockStore::view).optional();
    }

    @Override
    public List<StockView> viewsOfProduct(UUID productId) {
        return jdbc.sql(SELECT_VIEW + " and s.product_id = :product order by " + VIEW_ORDER + ", s.id")
                .param("vendor", vendor()).param("product", productId).query(JdbcStockStore::view).list();
    }

    /**
     * Products by id: an in-list of placeholders up to {@value #MAX_IN_LIST} ids (a checkout's lines, a page), an
     * array beyond. PostgreSQL plans {@code = any($1)} for an array of unknown length as if it held ten elements, so
     * the cached generic plan always looked dearer than a fresh one and every execution was planned again (~0.3 ms
     * each, twice per order); an in-list says how many there are and its generic plan is kept.
     */
    private static String productsIn(Collection<UUID> ids) {
        return ids.size() <= MAX_IN_LIST ? "product_id in (:products)" : "product_id = any(:products)";
    }

    private static Object products(Collection<UUID> ids) {
        return ids.size() <= MAX_IN_LIST ? List.copyOf(ids) : ids.toArray(UUID[]::new);
    }

    private static int clamp(long value) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }

    private static StockItem row(ResultSet rs, int n) throws SQLException {
        return new StockItem(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getObject("product_id", UUID.class), rs.getObject("location_id", UUID.class), rs.getInt("on_hand"),
                rs.getInt("reserved"));
    }

    private static StockView view(ResultSet rs, int n) throws SQLException {
        return new StockView(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class), null, null,
                rs.getObject("location_id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getBoolean("is_default"), rs.getInt("priority"), rs.getInt("on_hand"), rs.getInt("reserved"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
