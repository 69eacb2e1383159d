package com.wizamart.ordering.adapter.out.persistence;

import static com.wizamart.ordering.adapter.out.persistence.JdbcCartStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.ReturnStore;
import com.wizamart.ordering.domain.OrderReturn;
import com.wizamart.tenancy.VendorContext;

/** Returns and their lines, scoped to the bound vendor; a line's product, SKU and name are its order line's. */
@Repository
class JdbcReturnStore implements ReturnStore {

    private static final String SELECT = """
            select id, order_id, status, reason, note, restock, by_customer, actor_id, actor_email, refund_id,
              requested_at, received_at, updated_at
            from ordering_returns where vendor_id = :vendor and order_id = :order""";

    private final JdbcClient jdbc;

    JdbcReturnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(OrderReturn r) {
        UUID vendor = VendorContext.require();
        jdbc.sql("""
                insert into ordering_returns (id, vendor_id, order_id, status, reason, note, restock, by_customer,
                  actor_id, actor_email, refund_id, requested_at, received_at, updated_at)
                values (:id, :vendor, :order, :status, :reason, :note, :restock, :byCustomer, :actor, :email, :refund,
                  :requested, :received, :updated)""")
                .param("id", r.id()).param("vendor", vendor).param("order", r.orderId())
                .param("status", r.status().name()).param("reason", r.reason()).param("note", r.note())
                .param("restock", r.restock()).param("byCustomer", r.byCustomer()).param("actor", r.actorId())
                .param("email", r.actorEmail()).param("refund", r.refundId())
                .param("requested", Timestamp.from(r.requestedAt()))
                .param("received", r.receivedAt() == null ? null : Timestamp.from(r.receivedAt()))
                .param("updated", Timestamp.from(r.updatedAt())).update();
        for (OrderReturn.Line l : r.lines()) {
            jdbc.sql("""
                    insert into ordering_return_lines (vendor_id, return_id, order_id, line_no, quantity)
                    values (:vendor, :return, :order, :no, :quantity)""")
                    .param("vendor", vendor).param("return", r.id()).param("order", r.orderId())
                    .param("no", l.lineNo()).param("quantity", l.quantity()).update();
        }
    }

    @Override
    public void update(OrderReturn r) {
        jdbc.sql("""
                update ordering_returns set status = :status, note = :note, restock = :restock, refund_id = :refund,
                  received_at = :received, updated_at = :updated
                where vendor_id = :vendor and order_id = :order and id = :id""")
                .param("status", r.status().name()).param("note", r.note()).param("restock", r.restock())
                .param("refund", r.refundId())
                .param("received", r.receivedAt() == null ? null : Timestamp.from(r.receivedAt()))
                .param("updated", Timestamp.from(r.updatedAt())).param("vendor", VendorContext.require())
                .param("order", r.orderId()).param("id", r.id()).update();
    }

    @Override
    public Optional<OrderReturn> find(UUID orderId, UUID returnId) {
        return read(orderId, " and id = :id", Map.of("id", returnId)).stream().findFirst();
    }

    @Override
    public List<OrderReturn> ofOrder(UUID orderId) {
        return read(orderId, "", Map.of());
    }

    private List<OrderReturn> read(UUID orderId, String filter, Map<String, Object> params) {
        UUID vendor = VendorContext.require();
        List<OrderReturn> headers = jdbc.sql(SELECT + filter + " order by requested_at, id").param("vendor", vendor)
                .param("order", orderId).params(params).query((rs, n) -> header(rs)).list();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<OrderReturn.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                select r.return_id, r.line_no, l.product_id, l.sku, l.name, r.quantity
                from ordering_return_lines r
                  join ordering_order_lines l on l.vendor_id = r.vendor_id and l.order_id = r.order_id
                    and l.line_no = r.line_no
                where r.vendor_id = :vendor and r.order_id = :order and r.return_id in (:ids)
                order by r.return_id, r.line_no""")
                .param("vendor", vendor).param("order", orderId)
                .param("ids", headers.stream().map(OrderReturn::id).toList())
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject("return_id", UUID.class), k -> new ArrayList<>())
                            .add(new OrderReturn.Line(rs.getInt("line_no"), rs.getObject("product_id", UUID.class),
                                    rs.getString("sku"), rs.getString("name"), rs.getInt("quantity")));
                });
        return headers.stream().map(r -> new OrderReturn(r.id(), r.orderId(), r.status(), r.reason(), r.note(),
                r.restock(), r.byCustomer(), r.actorId(), r.actorEmail(), r.refundId(), r.requestedAt(),
                r.receivedAt(), r.updatedAt(), lines.getOrDefault(r.id(), List.of()))).toList();
    }

    /** A return read without its lines. */
    private static OrderReturn header(ResultSet rs) throws SQLException {
        Object restock = rs.getObject("restock");
        return new OrderReturn(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                OrderReturn.Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("note"),
                restock == null ? null : (Boolean) restock, rs.getBoolean("by_customer"),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_email"),
                rs.getObject("refund_id", UUID.class), instant(rs, "requested_at"), instant(rs, "received_at"),
                instant(rs, "updated_at"), List.of());
    }
}
