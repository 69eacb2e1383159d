package com.wizamart.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.wizamart.support.ApiTest;

/**
 * The database itself keeps vendors apart (ADR 0004): every table with a {@code vendor_id} has Row-Level Security
 * enabled and forced and at least one policy, and the role the application connects as owns no table and can
 * neither bypass RLS nor act as a superuser. The schema is read as the migration role, which sees every table
 * (information_schema shows the application role only the tables it has been granted).
 */
class RowLevelSecurityCoverageIntegrationTests extends ApiTest {

    /** Tables with a {@code vendor_id} that ADR 0004 keeps outside RLS, each with its reason. */
    static final Map<String, String> WITHOUT_RLS = Map.of(
            "tenancy_vendor_domains", "the tenant registry: read to resolve a custom domain before any vendor is bound",
            "tenancy_audit_log", "platform data, read only through admin endpoints; append-only for the application",
            "identity_refresh_tokens", "security infrastructure looked up by token hash before a vendor is known");

    /**
     * The one schema where the application role may own tables: JobRunr creates its tables there at start-up through
     * the application's connection (ADR 0007). They must hold no {@code vendor_id}.
     */
    static final String JOB_ENGINE_SCHEMA = "jobrunr";

    private static final String PLANTED = "rls_coverage_planted";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Environment environment;

    @Value("${wizamart.database.app-role}")
    private String appRole;

    @Test
    void everyVendorTableForcesRowLevelSecurityAndHasAPolicy() {
        asOwner(owner -> {
            assertThat(vendorTables(owner)).as("tables with a vendor_id").hasSizeGreaterThan(20)
                    .containsAll(WITHOUT_RLS.keySet());
            assertThat(rowLevelSecurityGaps(owner)).isEmpty();
        });
    }

    /**
     * And the policies are the two vendor policies, reading the transaction's settings once per statement (a scalar
     * subquery, run as an InitPlan), not once per row (changeset platform-005).
     */
    @Test
    void everyVendorTableHasBothVendorPoliciesReadingTheSettingsOncePerStatement() {
        List<Map<String, Object>> tables = jdbc.queryForList("""
                select c.relname as table_name,
                  (select p.qual from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                     and p.policyname = 'vendor_isolation') as isolation,
                  (select p.with_check from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                     and p.policyname = 'vendor_isolation') as isolation_check,
                  (select p.qual from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                     and p.policyname = 'cross_vendor_read') as cross_read
                from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'vendor_id'
                where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
                  and not c.relname = any (?)""", (Object) WITHOUT_RLS.keySet().toArray(String[]::new));
        assertThat(tables).hasSizeGreaterThan(20);
        for (Map<String, Object> t : tables) {
            String name = (String) t.get("table_name");
            assertThat((String) t.get("isolation")).as(name + " vendor_isolation")
                    .isEqualTo("(vendor_id = ( SELECT wizamart_current_vendor() AS wizamart_current_vendor))");
            assertThat((String) t.get("isolation_check")).as(name + " vendor_isolation check")
                    .isEqualTo(t.get("isolation"));
            assertThat((String) t.get("cross_read")).as(name + " cross_vendor_read")
                    .isEqualTo("( SELECT wizamart_cross_vendor_read() AS wizamart_cross_vendor_read)");
        }
    }

    @Test
    void theApplicationRoleOwnsNoTableAndCannotBypassRowLevelSecurity() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(appRole);
        asOwner(owner -> assertThat(applicationRoleGaps(owner, appRole)).isEmpty());
    }

    /** The checks above can fail: a vendor table planted without RLS, then handed to the application role. */
    @Test
    void aPlantedVendorTableWithoutRowLevelSecurityIsReported() {
        asOwner(owner -> {
            owner.execute("create table " + PLANTED + " (id uuid primary key, vendor_id uuid not null)");
            try {
                assertThat(rowLevelSecurityGaps(owner)).containsExactly(
                        PLANTED + ": row-level security not enabled", PLANTED + ": row-level security not forced",
                        PLANTED + ": no policy");
                owner.execute("alter table " + PLANTED + " enable row level security");
                owner.execute("alter table " + PLANTED + " force row level security");
                owner.execute("create policy planted on " + PLANTED + " using (false)");
                assertThat(rowLevelSecurityGaps(owner)).isEmpty();

                owner.execute("alter table " + PLANTED + " owner to " + appRole);
                assertThat(applicationRoleGaps(owner, appRole)).containsExactly(appRole + " owns " + PLANTED);
                // nor may a table with a vendor_id hide in JobRunr's schema
                owner.execute("alter table " + PLANTED + " set schema " + JOB_ENGINE_SCHEMA);
                assertThat(applicationRoleGaps(owner, appRole))
                        .containsExactly(appRole + " owns " + JOB_ENGINE_SCHEMA + "." + PLANTED);
            } finally {
                owner.execute("drop table if exists " + PLANTED);
                owner.execute("drop table if exists " + JOB_ENGINE_SCHEMA + "." + PLANTED);
            }
        });
    }

    private static List<String> vendorTables(JdbcTemplate owner) {
        return owner.queryForList("""
                select c.table_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.column_name = 'vendor_id' and t.table_type = 'BASE TABLE'
                  and c.table_schema not in ('pg_catalog', 'information_schema')
                order by 1""", String.class);
    }

    /** Every vendor table (but the exceptions) without RLS enabled, forced, or a policy; one line per gap. */
    static List<String> rowLevelSecurityGaps(JdbcTemplate owner) {
        List<String> gaps = new ArrayList<>();
        owner.query("""
                select c.table_schema, c.table_name, k.relrowsecurity, k.relforcerowsecurity,
                  (select count(*) from pg_policies p
                    where p.schemaname = c.table_schema and p.tablename = c.table_name) as policies
                from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                  join pg_class k on k.relname = c.table_name and k.relnamespace = c.table_schema::regnamespace
                where c.column_name = 'vendor_id' and t.table_type = 'BASE TABLE'
                  and c.table_schema not in ('pg_catalog', 'information_schema')
                order by c.table_schema, c.table_name""", rs -> {
            String table = rs.getString("table_name");
            if (!"public".equals(rs.getString("table_schema"))) {
                table = rs.getString("table_schema") + "." + table;
            }
            if (WITHOUT_RLS.containsKey(table)) {
                return;
            }
            if (!rs.getBoolean("relrowsecurity")) {
                gaps.add(table + ": row-level security not enabled");
            }
            if (!rs.getBoolean("relforcerowsecurity")) {
                gaps.add(table + ": row-level security not forced");
            }
            if (rs.getLong("policies") == 0) {
                gaps.add(table + ": no policy");
            }
        });
        return gaps;
    }

    /**
     * What the application role must not be or have: superuser, BYPASSRLS, a table or other relation (but JobRunr's,
     * and those without a {@code vendor_id}).
     */
    static List<String> applicationRoleGaps(JdbcTemplate owner, String appRole) {
        List<String> gaps = new ArrayList<>();
        Map<String, Object> role = owner.queryForMap("select rolsuper, rolbypassrls from pg_roles where rolname = ?",
                appRole);
        if (Boolean.TRUE.equals(role.get("rolsuper"))) {
            gaps.add(appRole + " is a superuser");
        }
        if (Boolean.TRUE.equals(role.get("rolbypassrls"))) {
            gaps.add(appRole + " bypasses row-level security");
        }
        owner.query("""
                select n.nspname, c.relname, exists (select 1 from pg_attribute a where a.attrelid = c.oid
                    and a.attname = 'vendor_id' and not a.attisdropped) as vendor_data
                from pg_class c join pg_roles r on r.oid = c.relowner join pg_namespace n on n.oid = c.relnamespace
                where r.rolname = ? and c.relkind in ('r', 'p', 'v', 'm', 'f')
                order by 1, 2""", rs -> {
            String schema = rs.getString("nspname");
            String table = "public".equals(schema) ? rs.getString("relname") : schema + "." + rs.getString("relname");
            if (!JOB_ENGINE_SCHEMA.equals(schema) || rs.getBoolean("vendor_data")) {
                gaps.add(appRole + " owns " + table);
            }
        }, appRole);
        return gaps;
    }

    /** Runs {@code work} on one connection of the migration role (the tables' owner, who sees all of them). */
    private void asOwner(java.util.function.Consumer<JdbcTemplate> work) {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getProperty("spring.liquibase.password", ""), true);
        try {
            work.accept(new JdbcTemplate(owner));
        } finally {
            owner.destroy();
        }
    }
}
