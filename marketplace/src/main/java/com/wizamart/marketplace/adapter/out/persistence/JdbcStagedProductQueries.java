package com.wizamart.marketplace.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final Map<String, String> SORTABLE = Map.of("updatedAt", "s.updated_at",
            "externalId", "s.external_id", "price", "s.price_amount", "brand", "s.brand", "createdAt", "s.created_at");

    protected final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcStagedProductQueries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Page<StagedProductSummary> search(StagedProductQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("s.vendor_id = :vendor");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vendor", VendorContext.require());
        if (q.marketplace() != null) {
            where.append(" and s.marketplace = :marketplace");
            p.put("marketplace", q.marketplace());
        }
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and (s.external_id ilike :q escape '\\' or s.gtin = :exact or s.brand ilike :q escape '\\'"
                    + " or exists (select 1 from marketplace_staged_texts t where t.product_id = s.id"
                    + " and t.title ilike :q escape '\\'))");
            p.put("q", SqlLike.contains(q.search()));
            p.put("exact", q.search().strip());
        }
        if (q.brand() != null && !q.brand().isBlank()) {
            where.append(" and lower(s.brand) = lower(:brand)");
            p.put("brand", q.brand().strip());
        }
        if (q.published() != null) {
            where.append(q.published() ? " and s.published_at is not null" : " and s.published_at is null");
        }
        if (q.jobId() != null) {
            where.append(" and s.last_job_id = :job");
            p.put("job", q.jobId());
        }
        if (q.language() != null && !q.language().isBlank()) {
            where.append(" and exists (select 1 from marketplace_staged_texts t where t.product_id = s.id"
                    + " and t.language = :language)");
            p.put("language", q.language().strip());
        }
        p.put("lang", q.language() == null ? "" : q.language().strip());
        long total = jdbc.sql("select count(*) from marketplace_staged_products s where " + where).params(p)
                .query(Long.class).single();
        List<StagedProductSummary> content = jdbc.sql("""
                        select s.id, s.marketplace, s.external_id, x.title, x.languages, s.brand, s.gtin,
                          s.price_amount, s.price_currency, s.availability, s.quantity, s.image_link,
                          s.published_at is not null as published, s.last_job_id, s.updated_at
                        from marketplace_staged_products s
                        left join lateral (
                          select coalesce(max(t.title) filter (where t.language = :lang),
                              max(t.title) filter (where t.language = 'en'),
                              (array_agg(t.title order by t.language))[1]) as title,
                            array_agg(t.language order by t.language) as languages
                          from marketplace_staged_texts t where t.product_id = s.id
                        ) x on true
                        where\s""" + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "s.external_id") + ", s.id limit :limit offset :offset")
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
        return details(jdbc.sql(DETAIL + " where s.vendor_id = :vendor and s.id = :id")
                .param("vendor", VendorContext.require()).param("id", id).query(Facts::of).list(), true)
                .stream().findFirst();
    }

    @Override
    public List<StagedProductDetail> publishedChangedBy(UUID jobId, UUID afterId, int limit) {
        return details(jdbc.sql(DETAIL + """
                 where s.vendor_id = :vendor and s.last_job_id = :job and s.published_at is not null
                  and (cast(:after as uuid) is null or s.id > :after)
                order by s.id limit :limit""")
                .param("vendor", VendorContext.require()).param("job", jobId).param("after", afterId)
                .param("limit", limit).query(Facts::of).list(), false);
    }

    @Override
    public long countWithLanguage(String marketplace, String language) {
        return jdbc.sql("""
                select count(*) from marketplace_staged_products s
                join marketplace_staged_texts t on t.product_id = s.id and t.language = :language
                where s.vendor_id = :vendor and s.marketplace = :marketplace""")
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

    private static final String DETAIL = """
            select s.*, s.additional_images::text as images_json, s.attributes::text as attributes_json,
              s.facts_changed::text as facts_changed_json
            from marketplace_staged_products s""";

    /**
     * The products with their texts and raw values in every language, in the given order; with what their latest
     * import changed in the texts only when {@code textChanges} (the former texts are as long as the texts: a caller
     * paging through a whole import's products does not read them).
     */
    private List<StagedProductDetail> details(List<Facts> products, boolean textChanges) {
        if (products.isEmpty()) {
            return List.of();
        }
        Map<UUID, Texts> texts = new LinkedHashMap<>();
        products.forEach(f -> texts.put(f.id(), new Texts()));
        jdbc.sql("""
                select t.product_id, t.language, t.title, t.description, t.raw_values, l.names,
                  case when :changes then t.texts_changed::text end as texts_changed_json, t.texts_changed_by
                from marketplace_staged_texts t
                left join marketplace_raw_layouts l on l.vendor_id = t.vendor_id and l.id = t.raw_layout
                where t.vendor_id = :vendor and t.product_id = any(:ids)
                order by t.product_id, t.language""")
                .param("vendor", VendorContext.require()).param("ids", texts.keySet().toArray(UUID[]::new))
                .param("changes", textChanges)
                .query(rs -> {
                    Texts t = texts.get(rs.getObject("product_id", UUID.class));
                    String language = rs.getString("language");
                    t.titles.put(language, rs.getString("title"));
                    String description = rs.getString("description");
                    if (description != null) {
                        t.descriptions.put(language, description);
                    }
                    List<String> names = strings(rs.getArray("names"));
                    t.raw.put(language, raw(names, RawValues.split(rs.getString("raw_values"), names.size())));
                    String changed = rs.getString("texts_changed_json");
                    t.changes.addAll(LastChanges.ofTexts(language, changed == null ? null : json.readObject(changed),
                            rs.getString("title"), description, rs.getObject("texts_changed_by", UUID.class)));
                });
        return products.stream().map(f -> f.detail(texts.get(f.id()), json)).toList();
    }

    /** Raw values by name; values without a name (a layout lost) are named by their position. */
    private static Map<String, String> raw(List<String> names, List<String> values) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            raw.put(i < names.size() ? names.get(i) : "#" + (i + 1), values.get(i));
        }
        return raw;
    }

    /** A product's texts, by language. */
    private static final class Texts {
        final Map<String, String> titles = new LinkedHashMap<>();
        final Map<String, String> descriptions = new LinkedHashMap<>();
        final Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        final List<StagedProductDetail.Change> changes = new ArrayList<>();
    }

    /** A staged product's facts row, read before its texts. */
    private record Facts(UUID id, UUID vendorId, String marketplace, String externalId, String link,
                         String imageLink, String imagesJson, String availability, BigDecimal price, String currency,
                         BigDecimal salePrice, String saleCurrency, String brand, String gtin, String mpn,
                         String condition, String productType, String itemGroupId, Integer quantity,
                         BigDecimal taxRate, String attributesJson, boolean published, UUID firstJobId,
                         UUID lastJobId, Instant createdAt, Instant updatedAt, String factsChangedJson,
                         UUID factsChangedBy) {

        static Facts of(ResultSet rs, int n) throws SQLException {
            return new Facts(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                    rs.getString("marketplace"), rs.getString("external_id"), rs.getString("link"),
                    rs.getString("image_link"), rs.getString("images_json"), rs.getString("availability"),
                    rs.getBigDecimal("price_amount"), rs.getString("price_currency"), rs.getBigDecimal("sale_amount"),
                    rs.getString("sale_currency"), rs.getString("brand"), rs.getString("gtin"), rs.getString("mpn"),
                    rs.getString("condition"), rs.getString("product_type"), rs.getString("item_group_id"),
                    rs.getObject("quantity", Integer.class), rs.getBigDecimal("tax_rate"),
                    rs.getString("attributes_json"), rs.getTimestamp("published_at") != null,
                    rs.getObject("first_job_id", UUID.class), rs.getObject("last_job_id", UUID.class),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                    rs.getString("facts_changed_json"), rs.getObject("facts_changed_by", UUID.class));
        }

        StagedProductDetail detail(Texts texts, JsonColumns json) {
            List<String> images = new ArrayList<>();
            json.readList(imagesJson).forEach(i -> images.add(String.valueOf(i)));
            Map<String, Object> attributes = json.readObject(attributesJson);
            List<StagedProductDetail.Change> changes = new ArrayList<>();
            if (factsChangedJson != null) {
                Map<String, Object> now = new LinkedHashMap<>();
                now.put("price_amount", price);
                now.put("price_currency", currency);
                now.put("sale_amount", salePrice);
                now.put("sale_currency", saleCurrency);
                now.put("quantity", quantity);
                now.put("availability", availability);
                now.put("tax_rate", taxRate);
                now.put("brand", brand);
                now.put("gtin", gtin);
                now.put("mpn", mpn);
                now.put("condition", condition);
                now.put("product_type", productType);
                now.put("item_group_id", itemGroupId);
                now.put("link", link);
                now.put("image_link", imageLink);
                now.put("additional_images", images);
                now.put("attributes", attributes);
                changes.addAll(LastChanges.ofFacts(json.readObject(factsChangedJson), now, factsChangedBy));
            }
            changes.addAll(texts.changes);
            return new StagedProductDetail(id, vendorId, marketplace, externalId, texts.titles, texts.descriptions,
                    link, imageLink, images, availability, price, currency, salePrice, saleCurrency, brand, gtin, mpn,
                    condition, productType, itemGroupId, quantity, taxRate, attributes, texts.raw,
                    published, firstJobId, lastJobId, createdAt, updatedAt, List.copyOf(changes));
        }
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
