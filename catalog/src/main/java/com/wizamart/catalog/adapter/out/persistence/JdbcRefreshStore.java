package com.wizamart.catalog.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.catalog.application.port.in.RefreshChange;
import com.wizamart.catalog.application.port.out.RefreshStore;
import com.wizamart.catalog.domain.ChangeReason;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ImportRefresh;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.RefreshStatus;
import com.wizamart.catalog.domain.RefreshSummary;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/**
 * Refreshes in {@code catalog_import_refreshes}, their changes in {@code catalog_refresh_changes}, rejected values in
 * {@code catalog_rejected_values}, products to check again in {@code catalog_refresh_carryover}.
 */
@Repository
class JdbcRefreshStore implements RefreshStore {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "status", "status");
    private static final Map<String, String> CHANGE_SORTABLE = Map.of("sku", "p.sku", "field", "c.field",
            "outcome", "c.outcome");

    private final JdbcClient jdbc;

    JdbcRefreshStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ImportRefresh r) {
        jdbc.sql("""
                insert into catalog_import_refreshes (id, vendor_id, job_id, marketplace, language, status, created_at)
                values (:id, :vendor, :job, :marketplace, :language, :status, :createdAt)""")
                .param("id", r.id()).param("vendor", VendorContext.require()).param("job", r.jobId())
                .param("marketplace", r.marketplace()).param("language", r.language())
                .param("status", r.status().name()).param("createdAt", Timestamp.from(r.createdAt())).update();
    }

    @Override
    public void update(ImportRefresh r) {
        RefreshSummary s = r.summary();
        jdbc.sql("""
                update catalog_import_refreshes set status = :status, hold_reason = :reason,
                  products_checked = :checked, products_changed = :changed, prices_changed = :prices,
                  titles_changed = :titles, descriptions_changed = :descriptions, stock_changed = :stock,
                  stock_zeroed = :zeroed, other_changed = :other, locked_kept = :locked,
                  rejected_kept = :rejected, platform_kept = :platform, published_products = :published,
                  missing_from_feed = :missing, products_applied = :applied, products_skipped = :skipped,
                  decided_at = :decidedAt, decided_by = :decidedBy, failure = :failure
                where vendor_id = :vendor and id = :id""")
                .param("vendor", VendorContext.require()).param("id", r.id()).param("status", r.status().name())
                .param("reason", r.holdReason()).param("checked", s.productsChecked())
                .param("changed", s.productsChanged()).param("prices", s.pricesChanged())
                .param("titles", s.titlesChanged()).param("descriptions", s.descriptionsChanged())
                .param("stock", s.stockChanged()).param("zeroed", s.stockZeroed()).param("other", s.otherChanged())
                .param("locked", s.lockedKept()).param("rejected", s.rejectedKept())
                .param("platform", s.platformKept()).param("published", s.publishedProducts())
                .param("missing", s.missingFromFeed()).param("applied", s.productsApplied())
                .param("skipped", s.productsSkipped()).param("failure", r.failure())
                .param("decidedAt", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()))
                .param("decidedBy", r.decidedBy()).update();
    }

    @Override
    public boolean existsForJob(UUID jobId) {
        return jdbc.sql("select exists (select 1 from catalog_import_refreshes where vendor_id = :vendor and job_id = :job)")
                .param("vendor", VendorContext.require()).param("job", jobId).query(Boolean.class).single();
    }

    @Override
    public Optional<ImportRefresh> find(UUID id) {
        return jdbc.sql("select * from catalog_import_refreshes where vendor_id = :vendor and id = :id")
                .param("vendor", VendorContext.require()).param("id", id).query(this::refresh).optional();
    }

    @Override
    public Optional<ImportRefresh> lock(UUID id) {
        return jdbc.sql("select * from catalog_import_refreshes where vendor_id = :vendor and id = :id for update")
                .param("vendor", VendorContext.require()).param("id", id).query(this::refresh).optional();
    }

    @Override
    public Optional<ImportRefresh> findForJob(UUID jobId) {
        return jdbc.sql("select * from catalog_import_refreshes where vendor_id = :vendor and job_id = :job")
                .param("vendor", VendorContext.require()).param("job", jobId).query(this::refresh).optional();
    }

    @Override
    public Page<ImportRefresh> list(RefreshStatus status, UUID jobId, UUID productId, Pageable pageable) {
        StringBuilder where = new StringBuilder("vendor_id = :vendor");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("vendor", VendorContext.require());
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (jobId != null) {
            where.append(" and job_id = :job");
            params.put("job", jobId);
        }
        if (productId != null) {
            // the changes' primary key leads with (refresh_id, product_id): one index probe per refresh
            where.append(" and exists (select 1 from catalog_refresh_changes c where c.vendor_id = :vendor"
                    + " and c.refresh_id = catalog_import_refreshes.id and c.product_id = :product)");
            params.put("product", productId);
        }
        long total = jdbc.sql("select count(*) from catalog_import_refreshes where " + where).params(params)
                .query(Long.class).single();
        List<ImportRefresh> content = jdbc.sql("select * from catalog_import_refreshes where " + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "created_at desc")
                        + ", id limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(this::refresh).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public void insertChanges(UUID refreshId, List<ProductChanges> changes) {
        Columns c = new Columns(changes);
        if (c.size() == 0) {
            return;
        }
        jdbc.sql("""
                insert into catalog_refresh_changes (refresh_id, vendor_id, product_id, field, from_value, to_value,
                  outcome, reason_code, reason)
                select :refresh, :vendor, cast(u.product_id as uuid), u.field, u.from_value, u.to_value, u.outcome,
                  u.reason_code, u.reason
                from unnest(cast(:products as text[]), cast(:fields as text[]), cast(:froms as text[]),
                  cast(:tos as text[]), cast(:outcomes as text[]), cast(:codes as text[]), cast(:reasons as text[]))
                  as u(product_id, field, from_value, to_value, outcome, reason_code, reason)""")
                .param("refresh", refreshId).param("vendor", VendorContext.require()).param("products", c.products)
                .param("fields", c.fields).param("froms", c.froms).param("tos", c.tos).param("outcomes", c.outcomes)
                .param("codes", c.codes).param("reasons", c.reasons).update();
    }

    @Override
    public void deleteChanges(UUID refreshId) {
        jdbc.sql("delete from catalog_refresh_changes where vendor_id = :vendor and refresh_id = :refresh")
                .param("vendor", VendorContext.require()).param("refresh", refreshId).update();
    }

    @Override
    public boolean hasPending(UUID refreshId) {
        return jdbc.sql("""
                select exists (select 1 from catalog_refresh_changes
                  where vendor_id = :vendor and refresh_id = :refresh and outcome = 'PENDING')""")
                .param("vendor", VendorContext.require()).param("refresh", refreshId).query(Boolean.class).single();
    }

    /** Changes of several products as parallel arrays, for one {@code unnest} statement. */
    private static final class Columns {

        final String[] products;
        final String[] fields;
        final String[] froms;
        final String[] tos;
        final String[] outcomes;
        final String[] codes;
        final String[] reasons;

        Columns(List<ProductChanges> changes) {
            int n = changes.stream().mapToInt(c -> c.changes().size()).sum();
            products = new String[n];
            fields = new String[n];
            froms = new String[n];
            tos = new String[n];
            outcomes = new String[n];
            codes = new String[n];
            reasons = new String[n];
            int i = 0;
            for (ProductChanges product : changes) {
                for (FieldChange c : product.changes()) {
                    products[i] = product.productId().toString();
                    fields[i] = c.field().key();
                    froms[i] = c.from();
                    tos[i] = c.to();
                    outcomes[i] = c.outcome().name();
                    codes[i] = c.reasonCode() == null ? null : c.reasonCode().name();
                    reasons[i] = c.reason();
                    i++;
                }
            }
        }

        int size() {
            return products.length;
        }
    }

    @Override
    public List<ProductChanges> pendingChanges(UUID refreshId, UUID afterProductId, int limit) {
        Map<UUID, List<FieldChange>> byProduct = new LinkedHashMap<>();
        jdbc.sql("""
                with products as (
                  select distinct product_id from catalog_refresh_changes
                  where vendor_id = :vendor and refresh_id = :refresh and outcome = 'PENDING'
                    and (cast(:after as uuid) is null or product_id > :after)
                  order by product_id limit :limit)
                select c.product_id, c.field, c.from_value, c.to_value, c.outcome, c.reason_code, c.reason
                from catalog_refresh_changes c join products using (product_id)
                where c.vendor_id = :vendor and c.refresh_id = :refresh and c.outcome = 'PENDING'
                order by c.product_id, c.field""")
                .param("vendor", VendorContext.require()).param("refresh", refreshId).param("after", afterProductId)
                .param("limit", limit)
                .query(rs -> {
                    byProduct.computeIfAbsent(rs.getObject("product_id", UUID.class), k -> new ArrayList<>())
                            .add(change(rs));
                });
        List<ProductChanges> result = new ArrayList<>();
        byProduct.forEach((product, changes) -> result.add(new ProductChanges(product, changes)));
        return result;
    }

    @Override
    public void recordOutcomes(UUID refreshId, List<ProductChanges> outcomes) {
        Columns c = new Columns(outcomes);
        if (c.size() == 0) {
            return;
        }
        jdbc.sql("""
                update catalog_refresh_changes c set outcome = u.outcome, from_value = u.from_value,
                  reason_code = u.reason_code, reason = u.reason
                from unnest(cast(:products as text[]), cast(:fields as text[]), cast(:froms as text[]),
                  cast(:outcomes as text[]), cast(:codes as text[]), cast(:reasons as text[]))
                  as u(product_id, field, from_value, outcome, reason_code, reason)
                where c.vendor_id = :vendor and c.refresh_id = :refresh and c.product_id = cast(u.product_id as uuid)
                  and c.field = u.field""")
                .param("vendor", VendorContext.require()).param("refresh", refreshId).param("products", c.products)
                .param("fields", c.fields).param("froms", c.froms).param("outcomes", c.outcomes)
                .param("codes", c.codes).param("reasons", c.reasons).update();
    }

    @Override
    public ProductOutcomes productOutcomes(UUID refreshId) {
        return jdbc.sql("""
                select count(*) filter (where applied and not skipped) as applied, count(*) filter (where skipped)
                  as skipped
                from (select bool_or(outcome = 'APPLIED') as applied, bool_or(outcome like 'SKIPPED%') as skipped
                      from catalog_refresh_changes where vendor_id = :vendor and refresh_id = :refresh
                      group by product_id) products""")
                .param("vendor", VendorContext.require()).param("refresh", refreshId)
                .query((rs, n) -> new ProductOutcomes(rs.getInt("applied"), rs.getInt("skipped"))).single();
    }

    @Override
    public void rejectPending(UUID refreshId) {
        UUID vendor = VendorContext.require();
        // products deleted since the refresh was planned have nothing left to remember
        jdbc.sql("""
                insert into catalog_rejected_values (vendor_id, product_id, field, value, refresh_id, rejected_at)
                select c.vendor_id, c.product_id, c.field, c.to_value, c.refresh_id, now()
                from catalog_refresh_changes c
                  join catalog_products p on p.vendor_id = c.vendor_id and p.id = c.product_id
                where c.vendor_id = :vendor and c.refresh_id = :refresh and c.outcome = 'PENDING'
                on conflict (vendor_id, product_id, field) do update set value = excluded.value,
                  refresh_id = excluded.refresh_id, rejected_at = excluded.rejected_at""")
                .param("vendor", vendor).param("refresh", refreshId).update();
        jdbc.sql("""
                update catalog_refresh_changes set outcome = 'REJECTED', reason_code = 'REFRESH_REJECTED',
                  reason = :reason
                where vendor_id = :vendor and refresh_id = :refresh and outcome = 'PENDING'""")
                .param("vendor", vendor).param("refresh", refreshId)
                .param("reason", ChangeReason.REFRESH_REJECTED.message()).update();
    }

    @Override
    public Map<UUID, Map<ProductField, String>> rejectedValues(Collection<UUID> productIds) {
        Map<UUID, Map<ProductField, String>> byProduct = new HashMap<>();
        if (productIds.isEmpty()) {
            return byProduct;
        }
        jdbc.sql("""
                select product_id, field, value from catalog_rejected_values
                where vendor_id = :vendor and product_id = any(:products)""")
                .param("vendor", VendorContext.require()).param("products", productIds.toArray(UUID[]::new))
                .query(rs -> {
                    byProduct.computeIfAbsent(rs.getObject("product_id", UUID.class),
                                    k -> new EnumMap<>(ProductField.class))
                            .put(ProductField.stored(rs.getString("field")), rs.getString("value"));
                });
        return byProduct;
    }

    @Override
    public void forgetRejections(Map<UUID, Set<ProductField>> fieldsByProduct) {
        List<String> products = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        fieldsByProduct.forEach((product, keys) -> keys.forEach(field -> {
            products.add(product.toString());
            fields.add(field.key());
        }));
        if (products.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from catalog_rejected_values r
                using unnest(cast(:products as text[]), cast(:fields as text[])) as u(product_id, field)
                where r.vendor_id = :vendor and r.product_id = cast(u.product_id as uuid) and r.field = u.field""")
                .param("vendor", VendorContext.require()).param("products", products.toArray(String[]::new))
                .param("fields", fields.toArray(String[]::new)).update();
    }

    @Override
    public void carryOver(UUID refreshId, String marketplace, Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into catalog_refresh_carryover (vendor_id, product_id, marketplace, refresh_id)
                select :vendor, p.id, :marketplace, :refresh from catalog_products p
                where p.vendor_id = :vendor and p.id = any(:products)
                on conflict (vendor_id, product_id) do update set marketplace = excluded.marketplace,
                  refresh_id = excluded.refresh_id""")
                .param("vendor", VendorContext.require()).param("marketplace", marketplace).param("refresh", refreshId)
                .param("products", productIds.toArray(UUID[]::new)).update();
    }

    @Override
    public List<UUID> carriedOver(String marketplace, UUID afterProductId, int limit) {
        return jdbc.sql("""
                select product_id from catalog_refresh_carryover
                where vendor_id = :vendor and marketplace = :marketplace
                  and (cast(:after as uuid) is null or product_id > :after)
                order by product_id limit :limit""")
                .param("vendor", VendorContext.require()).param("marketplace", marketplace)
                .param("after", afterProductId).param("limit", limit).query(UUID.class).list();
    }

    @Override
    public void clearCarryOver(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from catalog_refresh_carryover where vendor_id = :vendor and product_id = any(:products)")
                .param("vendor", VendorContext.require()).param("products", productIds.toArray(UUID[]::new))
                .update();
    }

    @Override
    public Page<RefreshChange> changes(UUID refreshId, ChangeFilter filter, Pageable pageable) {
        UUID vendor = VendorContext.require();
        StringBuilder where = new StringBuilder("c.vendor_id = :vendor and c.refresh_id = :refresh");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("vendor", vendor);
        params.put("refresh", refreshId);
        if (filter.outcomes() != null && !filter.outcomes().isEmpty()) {
            where.append(" and c.outcome = any(:outcomes)");
            params.put("outcomes", filter.outcomes().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.skipped()) {
            where.append(" and c.outcome like 'SKIPPED%'");
        }
        if (filter.productId() != null) {
            where.append(" and c.product_id = :product");
            params.put("product", filter.productId());
        }
        long total = jdbc.sql("select count(*) from catalog_refresh_changes c where " + where).params(params)
                .query(Long.class).single();
        List<RefreshChange> content = jdbc.sql("""
                        select c.product_id, p.sku, c.field, c.from_value, c.to_value, c.outcome, c.reason_code, c.reason
                        from catalog_refresh_changes c
                          left join catalog_products p on p.vendor_id = c.vendor_id and p.id = c.product_id
                        where\s""" + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), CHANGE_SORTABLE, "c.product_id, c.field")
                        + ", c.product_id, c.field limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    FieldChange c = change(rs);
                    return new RefreshChange(rs.getObject("product_id", UUID.class), rs.getString("sku"), c.field(),
                            c.from(), c.to(), c.outcome(), c.reasonCode(), c.reason());
                }).list();
        return new PageImpl<>(content, pageable, total);
    }

    private static FieldChange change(ResultSet rs) throws SQLException {
        String code = rs.getString("reason_code");
        return new FieldChange(ProductField.stored(rs.getString("field")), rs.getString("from_value"), rs.getString("to_value"),
                FieldChange.Outcome.valueOf(rs.getString("outcome")), code == null ? null : ChangeReason.valueOf(code),
                rs.getString("reason"));
    }

    private ImportRefresh refresh(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        RefreshSummary summary = new RefreshSummary(rs.getInt("products_checked"), rs.getInt("products_changed"),
                rs.getInt("prices_changed"), rs.getInt("titles_changed"), rs.getInt("descriptions_changed"),
                rs.getInt("stock_changed"), rs.getInt("stock_zeroed"), rs.getInt("other_changed"),
                rs.getInt("locked_kept"), rs.getInt("rejected_kept"), rs.getInt("platform_kept"),
                rs.getInt("published_products"), rs.getObject("missing_from_feed", Integer.class),
                rs.getInt("products_applied"), rs.getInt("products_skipped"));
        return new ImportRefresh(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getObject("job_id", UUID.class), rs.getString("marketplace"), rs.getString("language"),
                RefreshStatus.valueOf(rs.getString("status")), rs.getString("hold_reason"), summary,
                rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getObject("decided_by", UUID.class), rs.getString("failure"));
    }
}
