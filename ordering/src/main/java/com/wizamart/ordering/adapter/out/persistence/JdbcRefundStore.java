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

import com.wizamart.ordering.application.port.out.RefundStore;
import com.wizamart.ordering.domain.Refund;
import com.wizamart.tenancy.VendorContext;

/** Refunds and their lines, scoped to the bound vendor; a line's SKU and name are its order line's. */
@Repository
class JdbcRefundStore implements RefundStore {

    private static final String SELECT = """
            select id, order_id, idempotency_key, fingerprint, amount, currency, reason, return_id, shipped, actor_id,
              actor_email, created_at
            from ordering_refunds where vendor_id = :vendor and order_id = :order""";

    private final JdbcClient jdbc;

    JdbcRefundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Refund r) {
        UUID vendor = VendorContext.require();
        jdbc.sql("""
                insert into ordering_refunds (id, vendor_id, order_id, idempotency_key, fingerprint, amount, currency,
                  reason, return_id, shipped, actor_id, actor_email, created_at)
                values (:id, :vendor, :order, :key, :fingerprint, :amount, :currency, :reason, :return, :shipped,
                  :actor, :email, :at)""")
                .param("id", r.id()).param("vendor", vendor).param("order", r.orderId())
                .param("key", r.idempotencyKey()).param("fingerprint", r.fingerprint()).param("amount", r.amount())
                .param("currency", r.currency()).param("reason", r.reason()).param("return", r.returnId())
                .param("shipped", r.shipped())
                .param("actor", r.actorId()).param("email", r.actorEmail()).param("at", Timestamp.from(r.createdAt()))
                .update();
        for (Refund.Line l : r.lines()) {
            jdbc.sql("""
                    insert into ordering_refund_lines (vendor_id, refund_id, order_id, line_no, product_id, quantity,
                      amount, restock)
                    values (:vendor, :refund, :order, :no, :product, :quantity, :amount, :restock)""")
                    .param("vendor", vendor).param("refund", r.id()).param("order", r.orderId())
                    .param("no", l.lineNo()).param("product", l.productId()).param("quantity", l.quantity())
                    .param("amount", l.amount()).param("restock", l.restock()).update();
        }
    }

    @Override
    public Optional<Refund> findByKey(UUID orderId, String idempotencyKey) {
        return read(orderId, " and idempotency_key = :key", Map.of("key", idempotencyKey)).stream().findFirst();
    }

    @Override
    public Optional<Refund> find(UUID orderId, UUID refundId) {
        return read(orderId, " and id = :id", Map.of("id", refundId)).stream().findFirst();
    }

    @Override
    public List<Refund> ofOrder(UUID orderId) {
        return read(orderId, "", Map.of());
    }

    private List<Refund> read(UUID orderId, String filter, Map<String, Object> params) {
        UUID vendor = VendorContext.require();
        List<Refund> headers = jdbc.sql(SELECT + filter + " order by created_at, id").param("vendor", vendor)
                .param("order", orderId).params(params).query((rs, n) -> header(rs)).list();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Refund.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                select r.refund_id, r.line_no, r.product_id, l.sku, l.name, r.quantity, r.amount, r.restock
                from ordering_refund_lines r
                  join ordering_order_lines l on l.vendor_id = r.vendor_id and l.order_id = r.order_id
                    and l.line_no = r.line_no
                where r.vendor_id = :vendor and r.order_id = :order and r.refund_id in (:ids)
                order by r.refund_id, r.line_no""")
                .param("vendor", vendor).param("order", orderId)
                .param("ids", headers.stream().map(Refund::id).toList())
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject("refund_id", UUID.class), k -> new ArrayList<>())
                            .add(new Refund.Line(rs.getInt("line_no"), rs.getObject("product_id", UUID.class),
                                    rs.getString("sku"), rs.getString("name"), rs.getInt("quantity"),
                                    rs.getBigDecimal("amount"), rs.getBoolean("restock")));
                });
        return headers.stream().map(r -> new Refund(r.id(), r.orderId(), r.idempotencyKey(), r.fingerprint(),
                r.amount(), r.currency(), r.reason(), r.returnId(), r.shipped(), r.actorId(), r.actorEmail(),
                r.createdAt(), lines.getOrDefault(r.id(), List.of()))).toList();
    }

    /** A refund read without its lines. */
    private static Refund header(ResultSet rs) throws SQLException {
        return new Refund(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("idempotency_key"), rs.getString("fingerprint"), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("reason"), rs.getObject("return_id", UUID.class),
                rs.getBoolean("shipped"),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_email"), instant(rs, "created_at"),
                List.of());
    }
}
