package com.wizamart.marketplace.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.marketplace.ImportStatistics.DailyImports;
import com.wizamart.marketplace.ImportStatistics.LatestImport;
import com.wizamart.marketplace.application.port.out.ImportJobStore;
import com.wizamart.marketplace.domain.CatalogRefresh;
import com.wizamart.marketplace.domain.ImportCounts;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

@Repository
class JdbcImportJobStore implements ImportJobStore {

    private static final String SELECT = """
            select id, vendor_id, marketplace, language, source, source_url, source_file, source_name, status,
              rows_total, rows_processed, bytes_read, bytes_total, created_count, updated_count, unchanged_count,
              failed_count, error_count, message, cancel_requested, requested_by, created_at, started_at, finished_at,
              warning_count, refresh_id, refresh_status, refresh_products_applied, refresh_products_skipped,
              refresh_message
            from marketplace_import_jobs""";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "status", "status",
            "finishedAt", "finished_at");

    private final JdbcClient jdbc;

    JdbcImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> insertUnlessActive(ImportJob j) {
        try {
            int inserted = jdbc.sql("""
                    insert into marketplace_import_jobs (id, vendor_id, marketplace, language, source, source_url,
                      source_file, source_name, status, bytes_total, requested_by, created_at, engine_job_id)
                    values (:id, :vendor, :marketplace, :language, :source, :url, :file, :name, 'PENDING', :bytes,
                      :by, :created, :id)
                    on conflict (vendor_id, marketplace, language) where status in ('PENDING', 'RUNNING') do nothing""")
                    .param("id", j.id()).param("vendor", j.vendorId()).param("marketplace", j.marketplace())
                    .param("language", j.language()).param("source", j.source().name()).param("url", j.sourceUrl())
                    .param("file", j.sourceFile()).param("name", j.sourceName()).param("bytes", j.bytesTotal())
                    .param("by", j.requestedBy()).param("created", Timestamp.from(j.createdAt())).update();
            if (inserted == 1) {
                return Optional.empty();
            }
        } catch (DuplicateKeyException e) {
            // raced with another insert: fall through and report the winner
        }
        return jdbc.sql("""
                select id from marketplace_import_jobs where vendor_id = :vendor and marketplace = :marketplace
                  and language = :language and status in ('PENDING', 'RUNNING')""")
                .param("vendor", j.vendorId()).param("marketplace", j.marketplace()).param("language", j.language())
                .query(UUID.class).optional().or(() -> Optional.of(j.id()));
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(JdbcImportJobStore::map).optional();
    }

    @Override
    public Page<ImportJob> list(JobQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> p = new LinkedHashMap<>();
        if (q.vendorId() != null) {
            where.append(" and vendor_id = :vendor");
            p.put("vendor", q.vendorId());
        }
        if (q.status() != null) {
            where.append(" and status = :status");
            p.put("status", q.status().name());
        }
        if (q.marketplace() != null) {
            where.append(" and marketplace = :marketplace");
            p.put("marketplace", q.marketplace());
        }
        if (q.language() != null) {
            where.append(" and language = :language");
            p.put("language", q.language());
        }
        long total = jdbc.sql("select count(*) from marketplace_import_jobs where " + where).params(p)
                .query(Long.class).single();
        String paging = pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : "";
        List<ImportJob> content = jdbc.sql(SELECT + " where " + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "created_at desc") + ", id" + paging)
                .params(p).query(JdbcImportJobStore::map).list();
        return pageable.isPaged() ? new PageImpl<>(content, pageable, total) : new PageImpl<>(content);
    }

    @Override
    public int start(UUID id, UUID engineJobId, Instant at) {
        return jdbc.sql("""
                update marketplace_import_jobs set status = 'RUNNING', started_at = coalesce(started_at, :at),
                  attempts = attempts + 1, engine_job_id = :engine, message = null, updated_at = now()
                where id = :id and status in ('PENDING', 'RUNNING') returning attempts""")
                .param("at", Timestamp.from(at)).param("engine", engineJobId).param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

    @Override
    public void lockSlots(UUID vendorId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('marketplace-import-slots:' || :vendor, 0))")
                .param("vendor", vendorId.toString()).query(rs -> {
                    // the lock is held until the transaction ends
                });
    }

    @Override
    public List<ActiveJob> active(UUID vendorId) {
        return jdbc.sql("""
                        select id, status, engine_job_id, created_at, updated_at from marketplace_import_jobs
                        where vendor_id = :vendor and status in ('PENDING', 'RUNNING') order by created_at, id""")
                .param("vendor", vendorId)
                .query((rs, n) -> new ActiveJob(rs.getObject("id", UUID.class),
                        ImportStatus.valueOf(rs.getString("status")), rs.getObject("engine_job_id", UUID.class),
                        instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
    }

    @Override
    public void handOver(UUID id, UUID engineJobId, String message) {
        jdbc.sql("""
                update marketplace_import_jobs set engine_job_id = :engine, message = :message, updated_at = now()
                where id = :id and status in ('PENDING', 'RUNNING')""")
                .param("engine", engineJobId).param("message", message).param("id", id).update();
    }

    @Override
    public int attempts(UUID id) {
        return jdbc.sql("select attempts from marketplace_import_jobs where id = :id").param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

    @Override
    public boolean setSourceFile(UUID id, String file, long bytesTotal) {
        return jdbc.sql("""
                        update marketplace_import_jobs set source_file = :file, bytes_total = :total
                        where id = :id and status = 'RUNNING'""")
                .param("file", file).param("total", bytesTotal).param("id", id).update() == 1;
    }

    @Override
    public boolean advance(UUID id, long expectedRows, ImportCounts c, long bytesRead, long errorCount,
                           long warningCount) {
        return jdbc.sql("""
                update marketplace_import_jobs set rows_processed = :rows, created_count = :created,
                  updated_count = :updated, unchanged_count = :unchanged, failed_count = :failed,
                  bytes_read = :bytes, error_count = :errors, warning_count = :warnings, updated_at = now()
                where id = :id and rows_processed = :expected and status = 'RUNNING'""")
                .param("rows", c.rowsProcessed()).param("created", c.created()).param("updated", c.updated())
                .param("unchanged", c.unchanged()).param("failed", c.failed()).param("bytes", bytesRead)
                .param("errors", errorCount).param("warnings", warningCount).param("id", id)
                .param("expected", expectedRows).update() == 1;
    }

    @Override
    public boolean finish(UUID id, ImportStatus status, ImportCounts c, Long rowsTotal, long errorCount,
                          String message, Instant at) {
        return jdbc.sql("""
                update marketplace_import_jobs set status = :status, rows_processed = :rows, created_count = :created,
                  updated_count = :updated, unchanged_count = :unchanged, failed_count = :failed,
                  rows_total = coalesce(:total, rows_total), error_count = :errors, message = :message,
                  finished_at = :at, bytes_read = case when :status in ('COMPLETED', 'COMPLETED_WITH_ERRORS')
                    then coalesce(bytes_total, bytes_read) else bytes_read end, updated_at = now()
                where id = :id and status in ('PENDING', 'RUNNING')""")
                .param("status", status.name()).param("rows", c.rowsProcessed()).param("created", c.created())
                .param("updated", c.updated()).param("unchanged", c.unchanged()).param("failed", c.failed())
                .param("total", rowsTotal).param("errors", errorCount).param("message", message)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    @Override
    public boolean requestCancel(UUID id) {
        int pending = jdbc.sql("""
                update marketplace_import_jobs set status = 'CANCELLED', cancel_requested = true,
                  message = 'Cancelled before it started.', finished_at = now(), updated_at = now()
                where id = :id and status = 'PENDING'""").param("id", id).update();
        return pending == 1 || jdbc.sql("""
                update marketplace_import_jobs set cancel_requested = true, updated_at = now()
                where id = :id and status = 'RUNNING'""").param("id", id).update() == 1;
    }

    @Override
    public boolean cancelRequested(UUID id) {
        return jdbc.sql("select cancel_requested from marketplace_import_jobs where id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    @Override
    public void appendErrors(UUID jobId, UUID vendorId, long firstSequence, List<FeedRowError> errors) {
        long seq = firstSequence;
        for (FeedRowError e : errors) {
            jdbc.sql("""
                    insert into marketplace_import_errors (job_id, seq, vendor_id, row_number, column_name, value, message,
                      severity)
                    values (:job, :seq, :vendor, :row, :column, :value, :message, :severity) on conflict do nothing""")
                    .param("job", jobId).param("seq", seq++).param("vendor", vendorId).param("row", e.position())
                    .param("column", e.field()).param("value", e.value()).param("message", e.message())
                    .param("severity", e.severity().name()).update();
        }
    }

    @Override
    public Page<FeedRowError> errors(UUID jobId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from marketplace_import_errors where job_id = :job")
                .param("job", jobId).query(Long.class).single();
        List<FeedRowError> content = jdbc.sql("""
                        select row_number, column_name, value, message, severity from marketplace_import_errors
                        where job_id = :job order by seq limit :limit offset :offset""")
                .param("job", jobId).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcImportJobStore::error).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public void forEachError(UUID jobId, Consumer<FeedRowError> consumer) {
        jdbc.sql("select row_number, column_name, value, message, severity from marketplace_import_errors"
                        + " where job_id = :job order by seq").param("job", jobId)
                .query(rs -> {
                    consumer.accept(error(rs, 0));
                });
    }

    @Override
    public List<UUID> vendorsWithActiveJobsUntouchedSince(Instant before) {
        return jdbc.sql("""
                        select vendor_id from marketplace_import_jobs
                        where status in ('PENDING', 'RUNNING') and updated_at < :before
                        group by vendor_id order by min(updated_at)""")
                .param("before", Timestamp.from(before)).query(UUID.class).list();
    }

    @Override
    public List<QuietJob> runningUnchangedSince(Instant before) {
        return jdbc.sql("""
                        select * from marketplace_import_jobs where status = 'RUNNING' and updated_at < :before
                        order by updated_at limit 500""")
                .param("before", Timestamp.from(before))
                .query((rs, n) -> new QuietJob(map(rs, n), engineJob(rs), instant(rs, "updated_at"))).list();
    }

    /** The engine job a job runs on: the one recorded, or (for a job from before they were recorded) its own id. */
    private static UUID engineJob(ResultSet rs) throws SQLException {
        UUID recorded = rs.getObject("engine_job_id", UUID.class);
        return recorded != null ? recorded : rs.getObject("id", UUID.class);
    }

    private static FeedRowError error(ResultSet rs, int n) throws SQLException {
        return new FeedRowError(rs.getLong("row_number"), rs.getString("column_name"), rs.getString("value"),
                rs.getString("message"), FeedRowError.Severity.valueOf(rs.getString("severity")));
    }

    private static ImportJob map(ResultSet rs, int n) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getString("marketplace"), rs.getString("language"), ImportJob.Source.valueOf(rs.getString("source")),
                rs.getString("source_url"), rs.getString("source_file"), rs.getString("source_name"),
                ImportStatus.valueOf(rs.getString("status")),
                new ImportCounts(rs.getLong("rows_processed"), rs.getLong("created_count"), rs.getLong("updated_count"),
                        rs.getLong("unchanged_count"), rs.getLong("failed_count")),
                rs.getObject("rows_total", Long.class), rs.getLong("bytes_read"), rs.getObject("bytes_total", Long.class),
                rs.getLong("error_count"), rs.getString("message"), rs.getBoolean("cancel_requested"),
                rs.getObject("requested_by", UUID.class), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getLong("warning_count"), catalogRefresh(rs));
    }

    private static CatalogRefresh catalogRefresh(ResultSet rs) throws SQLException {
        UUID refresh = rs.getObject("refresh_id", UUID.class);
        return refresh == null ? null : new CatalogRefresh(refresh, rs.getString("refresh_status"),
                rs.getInt("refresh_products_applied"), rs.getInt("refresh_products_skipped"),
                rs.getString("refresh_message"));
    }

    @Override
    public void recordCatalogRefresh(UUID jobId, CatalogRefresh refresh) {
        jdbc.sql("""
                update marketplace_import_jobs set refresh_id = :refresh, refresh_status = :status,
                  refresh_products_applied = :applied, refresh_products_skipped = :skipped, refresh_message = :message
                where vendor_id = :vendor and id = :id""")
                .param("refresh", refresh.refreshId()).param("status", refresh.status())
                .param("applied", refresh.productsApplied()).param("skipped", refresh.productsSkipped())
                .param("message", refresh.message()).param("vendor", VendorContext.require()).param("id", jobId)
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Override
    public List<DailyImports> daily(UUID vendorId, LocalDate from, LocalDate toInclusive) {
        return jdbc.sql("""
                select (created_at at time zone 'UTC')::date as day, count(*) as total,
                  count(*) filter (where status in ('COMPLETED', 'COMPLETED_WITH_ERRORS')) as completed,
                  count(*) filter (where status = 'FAILED') as failed,
                  count(*) filter (where status = 'CANCELLED') as cancelled,
                  count(*) filter (where status in ('PENDING', 'RUNNING')) as active,
                  coalesce(sum(rows_processed), 0) as rows_processed, coalesce(sum(failed_count), 0) as rows_failed
                from marketplace_import_jobs
                where created_at >= :from and created_at < :to and (cast(:vendor as uuid) is null or vendor_id = :vendor)
                group by 1 order by 1""")
                .param("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("to", Timestamp.from(toInclusive.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("vendor", vendorId)
                .query((rs, n) -> new DailyImports(rs.getObject("day", LocalDate.class), rs.getLong("total"),
                        rs.getLong("completed"), rs.getLong("failed"), rs.getLong("cancelled"), rs.getLong("active"),
                        rs.getLong("rows_processed"), rs.getLong("rows_failed")))
                .list();
    }

    @Override
    public List<LatestImport> latestPerMarketplace(UUID vendorId) {
        return jdbc.sql("""
                select * from (
                  select distinct on (marketplace, language) id, marketplace, language, status, created_at,
                    finished_at, rows_processed, created_count, updated_count, unchanged_count, failed_count
                  from marketplace_import_jobs where vendor_id = :vendor
                  order by marketplace, language, created_at desc) latest
                order by created_at desc""")
                .param("vendor", vendorId)
                .query((rs, n) -> new LatestImport(rs.getObject("id", UUID.class), rs.getString("marketplace"),
                        rs.getString("language"), rs.getString("status"), instant(rs, "created_at"),
                        instant(rs, "finished_at"), rs.getLong("rows_processed"), rs.getLong("created_count"),
                        rs.getLong("updated_count"), rs.getLong("unchanged_count"), rs.getLong("failed_count")))
                .list();
    }
}
