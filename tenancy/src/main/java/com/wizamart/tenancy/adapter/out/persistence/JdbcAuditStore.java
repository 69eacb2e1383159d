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
import com.wizamart.tenancy.application.port.out.AuditStore;

/** The admin audit log in {@code tenancy_audit_log}: platform data, readable by admins only, append-only. */
@Repository
class JdbcAuditStore implements AuditStore {

    private static final Map<String, String> SORTABLE = Map.of("at", "at", "action", "action");

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcAuditStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(AuditEntry e, Instant at) {
        jdbc.sql("""
                insert into tenancy_audit_log (id, at, actor_id, actor_email, action, vendor_id, target_type,
                  target_id, before, after)
                values (:id, :at, :actorId, :actorEmail, :action, :vendorId, :targetType, :targetId,
                  cast(:before as jsonb), cast(:after as jsonb))""")
                .param("id", UUID.randomUUID()).param("at", Timestamp.from(at))
                .param("actorId", e.actor().id()).param("actorEmail", e.actor().email())
                .param("action", e.action()).param("vendorId", e.vendorId())
                .param("targetType", e.targetType()).param("targetId", e.targetId())
                .param("before", json.write(e.before())).param("after", json.write(e.after()))
                .update();
    }

    @Override
    public Page<AuditRecord> search(AuditQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.vendorId() != null) {
            where.append(" and vendor_id = :vendorId");
            params.put("vendorId", q.vendorId());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and actor_email ilike :actor escape '\\'");
            params.put("actor", SqlLike.contains(q.actor()));
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", q.action().strip());
        }
        if (q.from() != null) {
            where.append(" and at >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" and at < :to");
            params.put("to", Timestamp.from(q.to()));
        }
        long total = jdbc.sql("select count(*) from tenancy_audit_log where " + where).params(params)
                .query(Long.class).single();
        List<AuditRecord> content = jdbc.sql("""
                        select id, at, actor_id, actor_email, action, vendor_id, target_type, target_id,
                          before::text as before, after::text as after
                        from tenancy_audit_log where\s""" + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "at desc") + ", id limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new AuditRecord(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_email"), rs.getString("action"),
                        rs.getObject("vendor_id", UUID.class), rs.getString("target_type"), rs.getString("target_id"),
                        json.readObject(rs.getString("before")), json.readObject(rs.getString("after"))))
                .list();
        return new PageImpl<>(content, pageable, total);
    }
}
