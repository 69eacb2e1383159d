package com.wizamart.marketplace.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.marketplace.application.port.in.StagedProductDetail;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.application.port.out.StagedCatalogStore;
import com.wizamart.marketplace.application.port.out.StagingStore;
import com.wizamart.sharedkernel.persistence.JsonColumns;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/**
 * Reading staged products: the vendor's browse list with filters, the full detail, and what the catalog reads and
 * flags.
 */
abstract class JdbcStagedProductQueries implements StagingStore, StagedCatalogStore {

    private static final Map<String, String> SORTABLE = Map.of("updatedAt", "updated_at", "externalId", "external_id",
            "price", "price_amount", "brand", "brand", "createdAt", "created_at");

    protected final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcStagedProductQueries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Page<StagedProductSummary> search(StagedProductQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("vendor_id = :vendor");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vendor", VendorContext.require());
        if (q.marketplace() != null) {
            where.append(" and marketplace = :marketplace");
            p.put("marketplace", q.marketplace());
        }
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and (external_id ilike :q escape '\\' or gtin = :exact or brand ilike :q escape '\\'"
                    + " or titles::text ilike :q escape '\\')");
            p.put("q", SqlLike.contains(q.search()));
            p.put("exact", q.search().strip());
        }
        if (q.brand() != null && !q.brand().isBlank()) {
            where.append(" and lower(brand) = lower(:brand)");
            p.put("brand", q.brand().strip());
        }
        if (q.published() != null) {
            where.append(q.published() ? " and published_at is not null" : " and published_at is null");
        }
        if (q.jobId() != null) {
            where.append(" and last_job_id = :job");
            p.put("job", q.jobId());
        }
        if (q.language() != null && !q.language().isBlank()) {
            where.append(" and jsonb_exists(titles, :language)");
            p.put("language", q.language().strip());
        }
        p.put("lang", q.language() == null ? "" : q.language().strip());
        long total = jdbc.sql("select count(*) from marketplace_staged_products where " + where).params(p)
                .query(Long.class).single();
        List<StagedProductSummary> content = jdbc.sql("""
                        select id, marketplace, external_id,
                          coalesce(titles ->> :lang, titles ->> 'en', (select value from jsonb_each_text(titles) limit 1)) as title,
                          (select array_agg(k order by k) from jsonb_object_keys(titles) k) as languages,
                          brand, gtin, price_amount, price_currency, availability, quantity, image_link,
                          published_at is not null as published, last_job_id, updated_at
                        from marketplace_staged_products where\s""" + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "external_id") + ", id limit :limit offset :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new StagedProductSummary(rs.getObject("id", UUID.class), rs.getString("marketplace"),
                        rs.getString("external_id"), rs.getString("title"), strings(rs.getArray("languages")),
                        rs.getString("brand"), rs.getString("gtin"), rs.getBigDecimal("price_amount"),
                        rs.getString("price_currency"), rs.getString("availability"),
                        rs.getObject("quantity", Integer.class), rs.getString("image_link"), rs.getBoolean("published"),
                        rs.getObject("last_job_id", UUID.class), rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public Optional<StagedProductDetail> find(UUID id) {
        return jdbc.sql("""
                select *, titles::text as titles_json, descriptions::text as descriptions_json, raw::text as raw_json,
                  additional_images::text as images_json
                from marketplace_staged_products where vendor_id = :vendor and id = :id""")
                .param("vendor", VendorContext.require()).param("id", id).query(this::detail).optional();
    }

    @Override
    public List<StagedProductDetail> publishedChangedBy(UUID jobId, UUID afterId, int limit) {
        return jdbc.sql("""
                select *, titles::text as titles_json, descriptions::text as descriptions_json, raw::text as raw_json,
                  additional_images::text as images_json
                from marketplace_staged_products
                where vendor_id = :vendor and last_job_id = :job and published_at is not null
                  and (cast(:after as uuid) is null or id > :after)
                order by id limit :limit""")
                .param("vendor", VendorContext.require()).param("job", jobId).param("after", afterId)
                .param("limit", limit).query(this::detail).list();
    }

    @Override
    public long countWithLanguage(String marketplace, String language) {
        return jdbc.sql("""
                select count(*) from marketplace_staged_products
                where vendor_id = :vendor and marketplace = :marketplace and jsonb_exists(titles, :language)""")
                .param("vendor", VendorContext.require()).param("marketplace", marketplace)
                .param("language", language).query(Long.class).single();
    }

    @Override
    public void markPublished(Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update marketplace_staged_products set published_at = :at
                    where vendor_id = :vendor and id in (:ids) and published_at is null""")
                    .param("vendor", VendorContext.require()).param("ids", List.copyOf(ids))
                    .param("at", Timestamp.from(at)).update();
        }
    }

    @Override
    public void markUnpublished(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update marketplace_staged_products set published_at = null where vendor_id = :vendor and id in (:ids)")
                    .param("vendor", VendorContext.require()).param("ids", List.copyOf(ids)).update();
        }
    }

    @SuppressWarnings("unchecked")
    private StagedProductDetail detail(ResultSet rs, int n) throws SQLException {
        Map<String, Object> rawByLanguage = json.readObject(rs.getString("raw_json"));
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        rawByLanguage.forEach((lang, columns) -> raw.put(lang, (Map<String, String>) columns));
        List<String> images = new ArrayList<>();
        json.readList(rs.getString("images_json")).forEach(i -> images.add(String.valueOf(i)));
        return new StagedProductDetail(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getString("marketplace"), rs.getString("external_id"), json.readStrings(rs.getString("titles_json")),
                json.readStrings(rs.getString("descriptions_json")), rs.getString("link"), rs.getString("image_link"),
                images, rs.getString("availability"), rs.getBigDecimal("price_amount"), rs.getString("price_currency"),
                rs.getBigDecimal("sale_amount"), rs.getString("sale_currency"), rs.getString("brand"),
                rs.getString("gtin"), rs.getString("mpn"), rs.getString("condition"), rs.getString("product_type"),
                rs.getString("item_group_id"), rs.getObject("quantity", Integer.class), rs.getBigDecimal("tax_rate"),
                attributes(rs), raw, rs.getTimestamp("published_at") != null, rs.getObject("first_job_id", UUID.class),
                rs.getObject("last_job_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The well-known attributes, from the columns that hold them. */
    private static Map<String, Object> attributes(ResultSet rs) throws SQLException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String text : List.of("google_product_category", "color", "size", "gender", "age_group",
                "delivery_method")) {
            String value = rs.getString(text);
            if (value != null) {
                attributes.put(text, value);
            }
        }
        for (String flag : List.of("identifier_exists", "adult")) {
            Boolean value = rs.getObject(flag, Boolean.class);
            if (value != null) {
                attributes.put(flag, value);
            }
        }
        return attributes;
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
