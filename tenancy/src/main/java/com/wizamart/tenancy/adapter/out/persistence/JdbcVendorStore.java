package com.wizamart.tenancy.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.persistence.JsonColumns;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorCounts;
import com.wizamart.tenancy.application.port.in.VendorQuery;
import com.wizamart.tenancy.application.port.out.VendorStore;
import com.wizamart.tenancy.domain.BusinessContact;
import com.wizamart.tenancy.domain.CustomDomain;
import com.wizamart.tenancy.domain.Subdomain;
import com.wizamart.tenancy.domain.Vendor;
import com.wizamart.tenancy.domain.VendorCode;

/**
 * Vendors in {@code tenancy_vendors} and their custom domains in {@code tenancy_vendor_domains}. These are the
 * tenant registry (read before any vendor is known, to resolve one), so they carry no Row-Level Security. Their feed
 * sources, which may carry credentials, are kept under it by {@link JdbcFeedSourceStore}.
 */
@Repository
class JdbcVendorStore implements VendorStore {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "v.name", "code", "v.code", "createdAt", "v.created_at", "subdomain", "v.subdomain");

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcVendorStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Vendor save(Vendor v) {
        Instant now = Instant.now();
        BusinessContact b = v.business();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", v.id());
        params.put("code", v.code().value());
        params.put("name", v.name());
        params.put("subdomain", v.subdomain().value());
        params.put("email", b.email());
        params.put("phone", b.phone());
        params.put("address", b.address());
        params.put("city", b.city());
        params.put("postalCode", b.postalCode());
        params.put("country", b.country());
        params.put("vat", b.vatNumber());
        params.put("theme", json.write(v.theme()));
        params.put("verified", v.verified());
        params.put("active", v.active());
        params.put("deletedAt", v.deletedAt() == null ? null : Timestamp.from(v.deletedAt()));
        params.put("now", Timestamp.from(now));
        params.put("version", v.version());
        if (v.version() == null) {
            params.put("createdAt", Timestamp.from(v.createdAt()));
            jdbc.sql("""
                    insert into tenancy_vendors (id, code, name, subdomain, business_email, business_phone,
                      business_address, business_city, business_postal_code, business_country, vat_number,
                      theme, verified, active, deleted_at, created_at, updated_at, version)
                    values (:id, :code, :name, :subdomain, :email, :phone, :address, :city, :postalCode, :country,
                      :vat, cast(:theme as jsonb), :verified, :active, :deletedAt, :createdAt, :now, 0)""").params(params).update();
        } else {
            int updated = jdbc.sql("""
                    update tenancy_vendors set name = :name, subdomain = :subdomain, business_email = :email,
                      business_phone = :phone, business_address = :address, business_city = :city,
                      business_postal_code = :postalCode, business_country = :country, vat_number = :vat,
                      theme = cast(:theme as jsonb), verified = :verified,
                      active = :active, deleted_at = :deletedAt, updated_at = :now, version = version + 1
                    where id = :id and version = :version""").params(params).update();
            if (updated == 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "CONCURRENT_MODIFICATION",
                        "The vendor was changed by someone else; reload and try again.");
            }
        }
        jdbc.sql("delete from tenancy_vendor_domains where vendor_id = :id").param("id", v.id()).update();
        for (CustomDomain d : v.customDomains()) {
            jdbc.sql("insert into tenancy_vendor_domains (vendor_id, domain, verified) values (:id, :domain, :verified)")
                    .param("id", v.id()).param("domain", d.domain()).param("verified", d.verified()).update();
        }
        return findIncludingDeleted(v.id()).orElseThrow();
    }

    @Override
    public Optional<Vendor> findIncludingDeleted(UUID id) {
        return one("v.id = :value", id);
    }

    @Override
    public Optional<Vendor> findByCode(String code) {
        return one("v.code = :value and v.deleted_at is null", code);
    }

    @Override
    public Optional<Vendor> findBySubdomain(String subdomain) {
        return one("v.subdomain = :value and v.deleted_at is null", subdomain);
    }

    @Override
    public Optional<Vendor> findByVerifiedDomain(String host) {
        return one("""
                v.deleted_at is null and exists (select 1 from tenancy_vendor_domains d
                  where d.vendor_id = v.id and d.domain = :value and d.verified)""", host);
    }

    @Override
    public boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from tenancy_vendors where code = :code)")
                .param("code", code).query(Boolean.class).single();
    }

    @Override
    public boolean subdomainTaken(String subdomain, UUID exceptVendor) {
        return jdbc.sql("""
                select exists (select 1 from tenancy_vendors where subdomain = :s and deleted_at is null
                  and (cast(:except as uuid) is null or id <> :except))""")
                .param("s", subdomain).param("except", exceptVendor).query(Boolean.class).single();
    }

    @Override
    public boolean domainTaken(String domain, UUID exceptVendor) {
        return jdbc.sql("""
                select exists (select 1 from tenancy_vendor_domains where domain = :d
                  and (cast(:except as uuid) is null or vendor_id <> :except))""")
                .param("d", domain).param("except", exceptVendor).query(Boolean.class).single();
    }

    @Override
    public Page<Vendor> search(VendorQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder("v.deleted_at is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and (v.name ilike :q escape '\\' or v.code ilike :q escape '\\' or v.subdomain ilike :q"
                    + " escape '\\' or v.business_email ilike :q escape '\\')");
            params.put("q", SqlLike.contains(query.search()));
        }
        if (query.active() != null) {
            where.append(" and v.active = :active");
            params.put("active", query.active());
        }
        if (query.verified() != null) {
            where.append(" and v.verified = :verified");
            params.put("verified", query.verified());
        }
        long total = jdbc.sql("select count(*) from tenancy_vendors v where " + where).params(params)
                .query(Long.class).single();
        String order = SqlSort.orderBy(pageable.getSort(), SORTABLE, "v.created_at desc") + ", v.id";
        List<Vendor> content = jdbc.sql(SELECT + " where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(this::map).list();
        return new PageImpl<>(withDomains(content), pageable, total);
    }

    @Override
    public VendorCounts counts() {
        return jdbc.sql("""
                        select count(*) as total, count(*) filter (where active) as active,
                          count(*) filter (where verified) as verified
                        from tenancy_vendors where deleted_at is null""")
                .query((rs, row) -> new VendorCounts(rs.getLong("total"), rs.getLong("active"),
                        rs.getLong("verified"))).single();
    }

    private static final String SELECT = """
            select v.id, v.code, v.name, v.subdomain, v.business_email, v.business_phone, v.business_address,
              v.business_city, v.business_postal_code, v.business_country, v.vat_number,
              v.theme::text as theme, v.verified, v.active, v.deleted_at,
              v.created_at, v.version
            from tenancy_vendors v""";

    private Optional<Vendor> one(String condition, Object value) {
        List<Vendor> found = jdbc.sql(SELECT + " where " + condition).param("value", value).query(this::map).list();
        return withDomains(found).stream().findFirst();
    }

    private List<Vendor> withDomains(List<Vendor> vendors) {
        if (vendors.isEmpty()) {
            return vendors;
        }
        Map<UUID, List<CustomDomain>> domains = new LinkedHashMap<>();
        jdbc.sql("select vendor_id, domain, verified from tenancy_vendor_domains where vendor_id in (:ids) order by domain")
                .param("ids", vendors.stream().map(Vendor::id).toList())
                .query(rs -> {
                    domains.computeIfAbsent(rs.getObject("vendor_id", UUID.class), k -> new ArrayList<>())
                            .add(new CustomDomain(rs.getString("domain"), rs.getBoolean("verified")));
                });
        return vendors.stream().map(v -> domains.containsKey(v.id()) ? new Vendor(v.id(), v.code(), v.name(),
                v.subdomain(), v.business(), v.theme(), domains.get(v.id()), v.verified(),
                v.active(), v.deletedAt(), v.createdAt(), v.version()) : v).toList();
    }

    private Vendor map(ResultSet rs, int row) throws SQLException {
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return new Vendor(rs.getObject("id", UUID.class), new VendorCode(rs.getString("code")), rs.getString("name"),
                new Subdomain(rs.getString("subdomain")),
                new BusinessContact(rs.getString("business_email"), rs.getString("business_phone"),
                        rs.getString("business_address"), rs.getString("business_city"),
                        rs.getString("business_postal_code"), rs.getString("business_country"),
                        rs.getString("vat_number")),
                json.readObject(rs.getString("theme")), List.of(),
                rs.getBoolean("verified"), rs.getBoolean("active"), deleted == null ? null : deleted.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }
}
