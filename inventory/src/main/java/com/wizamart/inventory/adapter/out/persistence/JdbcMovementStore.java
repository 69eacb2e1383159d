package com.wizamart.inventory.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.inventory.application.port.in.MovementQuery;
import com.wizamart.inventory.application.port.in.MovementView;
import com.wizamart.inventory.application.port.out.MovementStore;
import com.wizamart.inventory.domain.Movement;
import com.wizamart.inventory.domain.MovementType;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/** The movement history: inserts and filtered, newest-first reads. */
@Repository
class JdbcMovementStore implements MovementStore {

    private static final String SELECT = """
            select m.id, m.product_id, m.location_id, l.code, m.type, m.quantity, m.on_hand_after, m.reserved_after,
              m.reason, m.reference, m.actor_id, m.actor_email, m.occurred_at
            from inventory_movements m join inventory_locations l on l.vendor_id = m.vendor_id and l.id = m.location_id
            where m.vendor_id = :vendor""";
    private static final String NEWEST_FIRST = "m.occurred_at desc, m.seq desc";
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "m.occurred_at", "type", "m.type",
            "quantity", "m.quantity", "productId", "m.product_id");

    private final JdbcClient jdbc;

    JdbcMovementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(List<Movement> movements) {
        for (Movement m : movements) {
            jdbc.sql("""
                    insert into inventory_movements (id, vendor_id, product_id, location_id, type, quantity,
                      on_hand_after, reserved_after, reason, reference, actor_id, actor_email, occurred_at)
                    values (:id, :vendor, :product, :location, :type, :quantity, :onHandAfter, :reservedAfter, :reason,
                      :reference, :actorId, :actorEmail, :at)""")
                    .param("id", m.id()).param("vendor", m.vendorId()).param("product", m.productId())
                    .param("location", m.locationId()).param("type", m.type().name()).param("quantity", m.quantity())
                    .param("onHandAfter", m.onHandAfter()).param("reservedAfter", m.reservedAfter())
                    .param("reason", m.reason()).param("reference", m.reference()).param("actorId", m.actorId())
                    .param("actorEmail", m.actorEmail()).param("at", Timestamp.from(m.occurredAt())).update();
        }
    }

    @Override
    public Page<MovementView> search(MovementQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vendor", VendorContext.require());
        if (q.productId() != null) {
            where.append(" and m.product_id = :product");
            p.put("product", q.productId());
        }
        if (q.locationId() != null) {
            where.append(" and m.location_id = :location");
            p.put("location", q.locationId());
        }
        if (q.type() != null) {
            where.append(" and m.type = :type");
            p.put("type", q.type().name());
        }
        if (q.from() != null) {
            where.append(" and m.occurred_at >= :from");
            p.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" and m.occurred_at < :to");
            p.put("to", Timestamp.from(q.to()));
        }
        if (q.reference() != null && !q.reference().isBlank()) {
            where.append(" and m.reference = :reference");
            p.put("reference", q.reference().strip());
        }
        long total = jdbc.sql("select count(*) from inventory_movements m where m.vendor_id = :vendor" + where)
                .params(p).query(Long.class).single();
        List<MovementView> content = jdbc.sql(SELECT + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, NEWEST_FIRST) + ", m.seq desc"
                        + " limit :limit offset :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcMovementStore::view).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public List<MovementView> recent(UUID productId, int limit) {
        return jdbc.sql(SELECT + " and m.product_id = :product order by " + NEWEST_FIRST + " limit :limit")
                .param("vendor", VendorContext.require()).param("product", productId).param("limit", limit)
                .query(JdbcMovementStore::view).list();
    }

    private static MovementView view(ResultSet rs, int n) throws SQLException {
        return new MovementView(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class), null, null,
                rs.getObject("location_id", UUID.class), rs.getString("code"), MovementType.valueOf(rs.getString("type")),
                rs.getInt("quantity"), rs.getInt("on_hand_after"), rs.getInt("reserved_after"), rs.getString("reason"),
                rs.getString("reference"), rs.getObject("actor_id", UUID.class), rs.getString("actor_email"),
                rs.getTimestamp("occurred_at").toInstant());
    }
}
