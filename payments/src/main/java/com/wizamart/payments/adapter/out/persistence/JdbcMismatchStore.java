package com.wizamart.payments.adapter.out.persistence;

import static com.wizamart.payments.adapter.out.persistence.JdbcAttemptStore.instant;
import static com.wizamart.payments.adapter.out.persistence.JdbcAttemptStore.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.payments.application.port.out.MismatchStore;
import com.wizamart.payments.domain.Mismatch;
import com.wizamart.tenancy.VendorContext;

/** Reconciliation findings; the list is read across vendors by the caller's explicit, audited scope. */
@Repository
class JdbcMismatchStore implements MismatchStore {

    private static final String COLUMNS = """
            id, vendor_id, kind, order_number, provider_id, expected, actual, currency, detected_at, resolved_at,
            resolved_by, note""";

    private final JdbcClient jdbc;

    JdbcMismatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(Mismatch m) {
        return jdbc.sql("""
                insert into payments_mismatches (id, vendor_id, kind, order_number, provider_id, expected, actual,
                  currency, detected_at)
                values (:id, :vendor, :kind, :number, :provider, :expected, :actual, :currency, :at)
                on conflict do nothing""")
                .param("id", m.id()).param("vendor", VendorContext.require()).param("kind", m.kind())
                .param("number", m.orderNumber()).param("provider", m.providerId()).param("expected", m.expected())
                .param("actual", m.actual()).param("currency", m.currency()).param("at", ts(m.detectedAt()))
                .update() == 1;
    }

    @Override
    public Page<Mismatch> list(UUID vendorId, Boolean resolved, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> p = new HashMap<>();
        if (vendorId != null) {
            where.append(" and vendor_id = :vendor");
            p.put("vendor", vendorId);
        }
        if (resolved != null) {
            where.append(resolved ? " and resolved_at is not null" : " and resolved_at is null");
        }
        long total = jdbc.sql("select count(*) from payments_mismatches" + where).params(p).query(Long.class)
                .single();
        p.put("limit", pageable.getPageSize());
        p.put("offset", pageable.getOffset());
        List<Mismatch> content = jdbc.sql("select " + COLUMNS + " from payments_mismatches" + where
                + " order by detected_at desc, id limit :limit offset :offset").params(p)
                .query(JdbcMismatchStore::map).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public Optional<Mismatch> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from payments_mismatches where id = :id").param("id", id)
                .query(JdbcMismatchStore::map).optional();
    }

    @Override
    public void resolve(UUID id, String note, String by, Instant at) {
        jdbc.sql("""
                update payments_mismatches set resolved_at = coalesce(resolved_at, :at), resolved_by = :by, note = :note
                where vendor_id = :vendor and id = :id""")
                .param("vendor", VendorContext.require()).param("id", id).param("at", ts(at)).param("by", by)
                .param("note", note).update();
    }

    @Override
    public Optional<Instant> lastCoveredTo() {
        return jdbc.sql("select max(covered_to) from payments_reconciliation_runs")
                .query((rs, n) -> instant(rs, 1)).optional().filter(i -> i != null);
    }

    @Override
    public void recordRun(Instant from, Instant to, int transactions, int findings, Instant at) {
        jdbc.sql("""
                insert into payments_reconciliation_runs (id, covered_from, covered_to, transactions, findings,
                  finished_at) values (:id, :from, :to, :transactions, :findings, :at)""")
                .param("id", UUID.randomUUID()).param("from", ts(from)).param("to", ts(to))
                .param("transactions", transactions).param("findings", findings).param("at", ts(at)).update();
    }

    static Mismatch map(ResultSet rs, int n) throws SQLException {
        return new Mismatch(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getString("kind"), rs.getString("order_number"), rs.getString("provider_id"),
                rs.getBigDecimal("expected"), rs.getBigDecimal("actual"),
                rs.getString("currency") == null ? null : rs.getString("currency").strip(),
                instant(rs, "detected_at"), instant(rs, "resolved_at"), rs.getString("resolved_by"),
                rs.getString("note"));
    }
}
