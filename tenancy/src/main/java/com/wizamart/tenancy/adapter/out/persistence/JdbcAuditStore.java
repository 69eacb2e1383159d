package com.wizamart.tenancy.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.sharedkernel.persistence.JsonColumns;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.RequestOrigin;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;
import com.wizamart.tenancy.application.port.out.AuditStore;

/**
 * The audit trail in {@code tenancy_audit_log}: platform data, readable by admins only, append-only (the application
 * role may insert and select, never update or delete: see the grants).
 */
@Repository
class JdbcAuditStore implements AuditStore {

    private static final Map<String, String> SORTABLE = Map.of("at", "a.at", "action", "a.action");
    private static final int MAX_TARGET_NAME = 300;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcAuditStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(AuditEntry e, RequestOrigin origin, Instant at) {
        jdbc.sql("""
                insert into tenancy_audit_log (id, at, actor_id, actor_email, action, vendor_id, target_type,
                  target_id, target_name, before, after, client_address, request_id)
                values (:id, :at, :actorId, :actorEmail, :action, :vendorId, :targetType, :targetId, :targetName,
                  cast(:before as jsonb), cast(:after as jsonb), :clientAddress, :requestId)""")
                .param("id", UUID.randomUUID()).param("at", Timestamp.from(at))
                .param("actorId", e.actor().id()).param("actorEmail", e.actor().email())
                .param("action", e.action()).param("vendorId", e.vendorId())
                .param("targetType", e.targetType()).param("targetId", e.targetId())
                .param("targetName", clip(e.targetName(), MAX_TARGET_NAME))
                .param("before", json.write(e.before())).param("after", json.write(e.after()))
                .param("clientAddress", clip(origin.clientAddress(), 64))
                .param("requestId", clip(origin.requestId(), 100))
                .update();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    @Override
    public Page<AuditRecord> search(AuditQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.vendorId() != null) {
            where.append(" and a.vendor_id = :vendorId");
            params.put("vendorId", q.vendorId());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and a.actor_email ilike :actor escape '\\'");
            params.put("actor", SqlLike.contains(q.actor()));
        }
        exact(where, params, "a.action", "action", q.action());
        exact(where, params, "a.target_type", "targetType", q.targetType());
        exact(where, params, "a.target_id", "targetId", q.targetId());
        if (q.from() != null) {
            where.append(" and a.at >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" and a.at < :to");
            params.put("to", Timestamp.from(q.to()));
        }
        long total = jdbc.sql("select count(*) from tenancy_audit_log a where " + where).params(params)
                .query(Long.class).single();
        List<AuditRecord> content = jdbc.sql("""
                        select a.id, a.at, a.actor_id, a.actor_email, a.action, a.vendor_id, v.name as vendor_name,
                          a.target_type, a.target_id, a.target_name, a.before::text as before, a.after::text as after,
                          a.client_address, a.request_id
                        from tenancy_audit_log a left join tenancy_vendors v on v.id = a.vendor_id
                        where\s""" + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "a.at desc") + ", a.id limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new AuditRecord(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_email"), rs.getString("action"),
                        rs.getObject("vendor_id", UUID.class), rs.getString("vendor_name"),
                        rs.getString("target_type"), rs.getString("target_id"), rs.getString("target_name"),
                        json.readObject(rs.getString("before")), json.readObject(rs.getString("after")),
                        rs.getString("client_address"), rs.getString("request_id")))
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    private static void exact(StringBuilder where, Map<String, Object> params, String column, String name,
                              String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value.strip());
        }
    }
}
