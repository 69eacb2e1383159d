package com.wizamart.catalog.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.catalog.application.port.in.ProductQuery;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.domain.Availability;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.Languages;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.ProductSource;
import com.wizamart.catalog.domain.SearchText;
import com.wizamart.catalog.domain.TaxCategory;
import com.wizamart.sharedkernel.persistence.JsonColumns;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/**
 * Products in {@code catalog_products}. Every statement names the bound vendor (Row-Level Security underneath).
 *
 * <p>Search: one tsquery per catalog language (plus an unstemmed one for brand, SKU and GTIN), OR-ed, against the
 * stored {@code search_vector} through the GIN index on {@code (vendor_id, search_vector)}; only the vendor's matches
 * are ranked. Exact names (or SKU, GTIN) come first, then {@code ts_rank}. Excluded words ({@code -word}) are taken
 * out of the per-language queries and excluded in every language at once ({@link SearchText}).
 */
@Repository
class JdbcProductStore implements ProductStore {

    /** JSON columns are read as text (the driver hands jsonb over as its text); no cast, which would run per row. */
    private static final String COLUMNS = """
            p.id, p.vendor_id, p.sku, p.default_language, p.names as names_json,
              p.descriptions as descriptions_json, p.price_amount, p.sale_amount, p.currency, p.tax_rate,
              p.tax_category, p.brand, p.gtin, p.images as images_json, p.category_path, p.active, p.featured,
              p.source_staged_id, p.source_marketplace, p.source_external_id, p.source_quantity, p.locked_fields,
              p.available_quantity, p.units_sold, p.created_at, p.updated_at, p.version, p.availability""";

    private static final String TSQUERY = everyLanguage("text");

    /**
     * What a query excludes is excluded in every language at once: each language's stems and the unstemmed words,
     * ANDed out of the whole query ({@link SearchText}).
     */
    private static final String EXCLUDING = " && !!(" + everyLanguage("excluded") + ")";

    /** A name in any catalog language, the SKU or the GTIN equals the query: key lookups, no set-returning function. */
    private static final String EXACT = "(" + Languages.SUPPORTED.stream()
            .map(language -> "lower(p.names ->> '" + language + "') = lower(:exact)")
            .collect(java.util.stream.Collectors.joining(" or "))
            + " or lower(p.sku) = lower(:exact) or p.gtin = :exact)";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    /** The OR of one {@code websearch_to_tsquery} of the parameter per configuration. */
    private static String everyLanguage(String parameter) {
        return "websearch_to_tsquery('wizamart_simple', :" + parameter + ")"
                + " || websearch_to_tsquery('wizamart_english', :" + parameter + ")"
                + " || websearch_to_tsquery('wizamart_french', :" + parameter + ")"
                + " || websearch_to_tsquery('wizamart_german', :" + parameter + ")";
    }

    JdbcProductStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(Product p) {
        Map<String, Object> params = params(p);
        params.put("createdAt", Timestamp.from(p.createdAt()));
        int inserted = jdbc.sql("""
                insert into catalog_products (id, vendor_id, sku, default_language, names, descriptions, price_amount,
                  sale_amount, currency, tax_rate, tax_category, brand, gtin, images, category_path, active, featured,
                  source_staged_id, source_marketplace, source_external_id, source_quantity, locked_fields,
                  created_at, updated_at, version, availability)
                values (:id, :vendor, :sku, :defaultLanguage, cast(:names as jsonb), cast(:descriptions as jsonb),
                  :price, :salePrice, :currency, :taxRate, :taxCategory, :brand, :gtin, cast(:images as jsonb), :categoryPath,
                  :active, :featured, :stagedId, :marketplace, :externalId, :sourceQuantity, :locked, :createdAt,
                  :updatedAt, 0, :availability)
                on conflict do nothing""").params(params).update();
        if (inserted == 0) {
            // a concurrent request took the SKU or published the same staged product first
            if (p.source() != null) {
                idBySource(p.source().stagedProductId()).ifPresent(existing -> {
                    throw CatalogException.alreadyPublished(existing);
                });
            }
            throw CatalogException.skuTaken(p.sku());
        }
    }

    @Override
    public void update(Product p) {
        Map<String, Object> params = params(p);
        params.put("version", p.version());
        int updated = jdbc.sql("""
                update catalog_products set sku = :sku, default_language = :defaultLanguage,
                  names = cast(:names as jsonb), descriptions = cast(:descriptions as jsonb), price_amount = :price,
                  sale_amount = :salePrice, currency = :currency, tax_rate = :taxRate, tax_category = :taxCategory,
                  brand = :brand, gtin = :gtin,
                  images = cast(:images as jsonb), category_path = :categoryPath, active = :active,
                  featured = :featured, source_quantity = :sourceQuantity, locked_fields = :locked,
                  availability = :availability, updated_at = :updatedAt, version = version + 1
                where vendor_id = :vendor and id = :id and version = :version""").params(params).update();
        if (updated == 0) {
            throw CatalogException.concurrentModification();
        }
    }

    private Map<String, Object> params(Product p) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", p.id());
        params.put("vendor", VendorContext.require());
        params.put("sku", p.sku());
        params.put("defaultLanguage", p.defaultLanguage());
        params.put("names", json.write(p.names()));
        params.put("descriptions", json.write(p.descriptions()));
        params.put("price", p.price());
        params.put("salePrice", p.salePrice());
        params.put("currency", p.currency());
        params.put("taxRate", p.taxRate());
        params.put("taxCategory", p.taxCategory().name());
        params.put("brand", p.brand());
        params.put("gtin", p.gtin());
        params.put("images", json.write(p.images()));
        params.put("categoryPath", p.categoryPath());
        params.put("active", p.active());
        params.put("featured", p.featured());
        ProductSource source = p.source();
        params.put("stagedId", source == null ? null : source.stagedProductId());
        params.put("marketplace", source == null ? null : source.marketplace());
        params.put("externalId", source == null ? null : source.externalId());
        params.put("sourceQuantity", p.sourceQuantity());
        params.put("locked", p.lockedFields().stream().map(ProductField::key).sorted().toArray(String[]::new));
        params.put("updatedAt", Timestamp.from(p.updatedAt()));
        params.put("availability", p.availability().name());
        return params;
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("delete from catalog_products where vendor_id = :vendor and id = :id")
                .param("vendor", VendorContext.require()).param("id", id).update();
    }

    @Override
    public Optional<Product> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from catalog_products p where p.vendor_id = :vendor and p.id = :id")
                .param("vendor", VendorContext.require()).param("id", id).query(this::product).optional();
    }

    @Override
    public List<Product> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from catalog_products p where p.vendor_id = :vendor and p.id in (:ids)")
                .param("vendor", VendorContext.require()).param("ids", List.copyOf(new HashSet<>(ids)))
                .query(this::product).list();
    }

    @Override
    public List<Product> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from catalog_products p where p.vendor_id = :vendor and p.id in (:ids)"
                        + " order by p.id for update")
                .param("vendor", VendorContext.require()).param("ids", List.copyOf(new HashSet<>(ids)))
                .query(this::product).list();
    }

    @Override
    public Map<UUID, Product> findBySource(Collection<UUID> stagedProductIds) {
        Map<UUID, Product> bySource = new LinkedHashMap<>();
        if (stagedProductIds.isEmpty()) {
            return bySource;
        }
        jdbc.sql("select " + COLUMNS
                        + " from catalog_products p where p.vendor_id = :vendor and p.source_staged_id in (:ids)")
                .param("vendor", VendorContext.require()).param("ids", List.copyOf(stagedProductIds))
                .query(this::product).list()
                .forEach(p -> bySource.put(p.source().stagedProductId(), p));
        return bySource;
    }

    @Override
    public Optional<UUID> idBySource(UUID stagedProductId) {
        return jdbc.sql("select id from catalog_products where vendor_id = :vendor and source_staged_id = :staged")
                .param("vendor", VendorContext.require()).param("staged", stagedProductId).query(UUID.class)
                .optional();
    }

    @Override
    public boolean skuTaken(String sku, UUID exceptProductId) {
        return jdbc.sql("""
                select exists (select 1 from catalog_products where vendor_id = :vendor and sku = :sku
                  and (cast(:except as uuid) is null or id <> :except))""")
                .param("vendor", VendorContext.require()).param("sku", sku).param("except", exceptProductId)
                .query(Boolean.class).single();
    }

    @Override
    public int countFromImports() {
        return jdbc.sql("select count(*) from catalog_products where vendor_id = :vendor and source_staged_id is not null")
                .param("vendor", VendorContext.require()).query(Integer.class).single();
    }

    @Override
    public Optional<ProductView> view(UUID id, boolean activeOnly) {
        return jdbc.sql("select " + COLUMNS + " from catalog_products p where p.vendor_id = :vendor and p.id = :id"
                        + (activeOnly ? " and p.active" : ""))
                .param("vendor", VendorContext.require()).param("id", id).query(this::view).optional();
    }

    @Override
    public Page<ProductView> search(ProductQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("p.vendor_id = :vendor");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("vendor", VendorContext.require());
        boolean text = q.text() != null && !q.text().isBlank();
        String with = "";
        String from = "catalog_products p";
        if (text) {
            SearchText search = SearchText.parse(q.text().strip());
            // materialized: the tsquery is built once, not for every ranked row
            if (search.excludes()) {
                with = "with q as materialized (select (" + TSQUERY + ")" + EXCLUDING + " as query) ";
                params.put("text", search.included());
                params.put("excluded", search.excluded());
                params.put("exact", search.included());
            } else {
                with = "with q as materialized (select " + TSQUERY + " as query) ";
                params.put("text", q.text().strip());
                params.put("exact", q.text().strip());
            }
            from = "catalog_products p, q";
            where.append(" and p.search_vector @@ q.query");
        }
        if (q.activeOnly()) {
            where.append(" and p.active");
        }
        if (q.active() != null) {
            where.append(" and p.active = :active");
            params.put("active", q.active());
        }
        if (q.featured() != null) {
            where.append(" and p.featured = :featured");
            params.put("featured", q.featured());
        }
        if (q.inStock() != null) {
            where.append(q.inStock() ? " and p.available_quantity > 0" : " and p.available_quantity <= 0");
        }
        if (q.brand() != null && !q.brand().isBlank()) {
            where.append(" and lower(p.brand) = lower(:brand)");
            params.put("brand", q.brand().strip());
        }
        if (q.minPrice() != null) {
            where.append(" and p.current_price >= :minPrice");
            params.put("minPrice", q.minPrice());
        }
        if (q.maxPrice() != null) {
            where.append(" and p.current_price <= :maxPrice");
            params.put("maxPrice", q.maxPrice());
        }
        String countSql = with + "select count(*) from " + from + " where " + where;
        // The total comes with the page, one statement instead of two. A search ranks every match anyway, so it
        // counts them in a window; a list reads its page off an index and counts in a subquery that runs once (an
        // index-only scan of the vendor's entries; its alias p hides the outer one, so it is not correlated).
        String total = text ? "count(*) over ()" : "(select count(*) from " + from + " where " + where + ")";
        String nameOrder = "p.sort_name";
        if (q.language() != null) {
            nameOrder = "coalesce(lower(p.names ->> :sortLanguage), p.sort_name)";
            params.put("sortLanguage", q.language());
        }
        String fallback = text ? "exact desc, rank desc" : "p.created_at desc";
        String order = SqlSort.orderBy(sortable(pageable.getSort()), sortColumns(nameOrder), fallback) + ", p.id";
        String select = "select " + COLUMNS + (text ? ", ts_rank(p.search_vector, q.query) as rank, " + EXACT
                + " as exact" : "") + ", " + total + " as total";
        long[] counted = {-1};
        List<ProductView> content = jdbc.sql(with + select + " from " + from + " where " + where + " order by "
                        + order + " limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, row) -> {
                    counted[0] = rs.getLong("total");
                    return view(rs, row);
                }).list();
        if (counted[0] < 0) {
            // no row on this page: past the end of the matches (or none), counted the slow way
            counted[0] = content.isEmpty() && pageable.getOffset() > 0
                    ? jdbc.sql(countSql).params(params).query(Long.class).single() : 0;
        }
        return new PageImpl<>(content, pageable, counted[0]);
    }

    /** Client sort properties to SQL; {@code newest} and {@code bestselling} read best first by default. */
    private static Map<String, String> sortColumns(String nameOrder) {
        return Map.of("price", "p.current_price", "name", nameOrder, "sku", "p.sku", "createdAt", "p.created_at",
                "updatedAt", "p.updated_at", "unitsSold", "p.units_sold", "availableQuantity", "p.available_quantity",
                "newest", "p.created_at", "bestselling", "p.units_sold");
    }

    private static Sort sortable(Sort sort) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order o : sort) {
            Sort.Direction reversed = o.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
            switch (o.getProperty()) {
                case "newest" -> orders.add(new Sort.Order(reversed, "createdAt"));
                case "bestselling" -> orders.add(new Sort.Order(reversed, "unitsSold"));
                default -> orders.add(o);
            }
        }
        return Sort.by(orders);
    }

    @Override
    public Map<UUID, Integer> lockCountedOrder(UUID orderId) {
        UUID vendor = VendorContext.require();
        jdbc.sql("""
                insert into catalog_counted_orders (vendor_id, order_id, counted_at) values (:vendor, :order, now())
                on conflict do nothing""")
                .param("vendor", vendor).param("order", orderId).update();
        String units = jdbc.sql("""
                select units from catalog_counted_orders where vendor_id = :vendor and order_id = :order for update""")
                .param("vendor", vendor).param("order", orderId).query(String.class).single();
        Map<UUID, Integer> counted = new java.util.TreeMap<>();
        json.readObject(units).forEach((id, n) -> counted.put(UUID.fromString(id), ((Number) n).intValue()));
        return counted;
    }

    @Override
    public void countSales(UUID orderId, Map<UUID, Integer> counted, Map<UUID, Integer> change) {
        UUID vendor = VendorContext.require();
        // in product id order, so concurrent counts of overlapping orders lock rows in one order
        new java.util.TreeMap<>(change).forEach((id, units) -> jdbc.sql("""
                        update catalog_products set units_sold = units_sold + :units
                        where vendor_id = :vendor and id = :id""")
                .param("vendor", vendor).param("id", id).param("units", units).update());
        Map<String, Integer> units = new java.util.TreeMap<>();
        counted.forEach((id, n) -> units.put(id.toString(), n));
        jdbc.sql("""
                update catalog_counted_orders set units = cast(:units as jsonb), counted_at = now()
                where vendor_id = :vendor and order_id = :order""")
                .param("units", json.write(units)).param("vendor", vendor).param("order", orderId).update();
    }

    @Override
    public void recordAvailable(Map<UUID, Integer> availableByProduct) {
        UUID vendor = VendorContext.require();
        availableByProduct.forEach((id, available) -> jdbc.sql("""
                        update catalog_products set available_quantity = :available
                        where vendor_id = :vendor and id = :id and available_quantity <> :available""")
                .param("vendor", vendor).param("id", id).param("available", available).update());
    }

    @Override
    public boolean lockForStockFigure(UUID productId) {
        // NO KEY UPDATE: conflicts with the update of the figure and with another recording, not with foreign keys
        return jdbc.sql("select 1 from catalog_products where vendor_id = :vendor and id = :id for no key update")
                .param("vendor", VendorContext.require()).param("id", productId).query(Integer.class).optional()
                .isPresent();
    }

    @Override
    public long countPricedOtherThan(String currency) {
        return jdbc.sql("select count(*) from catalog_products where vendor_id = :vendor and currency <> :currency")
                .param("vendor", VendorContext.require()).param("currency", currency).query(Long.class).single();
    }

    @Override
    public int useDefaultLanguage(String language) {
        return jdbc.sql("""
                update catalog_products set default_language = :language, updated_at = now(), version = version + 1
                where vendor_id = :vendor and default_language <> :language and jsonb_exists(names, :language)""")
                .param("vendor", VendorContext.require()).param("language", language).update();
    }

    private ProductView view(ResultSet rs, int row) throws SQLException {
        return new ProductView(product(rs, row), rs.getInt("available_quantity"), rs.getLong("units_sold"));
    }

    private Product product(ResultSet rs, int row) throws SQLException {
        UUID stagedId = rs.getObject("source_staged_id", UUID.class);
        ProductSource source = stagedId == null ? null
                : new ProductSource(stagedId, rs.getString("source_marketplace"), rs.getString("source_external_id"));
        List<String> images = new ArrayList<>();
        json.readList(rs.getString("images_json")).forEach(i -> images.add(String.valueOf(i)));
        return Product.builder(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class))
                .sku(rs.getString("sku"))
                .texts(rs.getString("default_language"), json.readStrings(rs.getString("names_json")),
                        json.readStrings(rs.getString("descriptions_json")))
                .price(rs.getBigDecimal("price_amount"))
                .salePrice(rs.getBigDecimal("sale_amount"))
                .currency(rs.getString("currency"))
                .taxRate(rs.getBigDecimal("tax_rate"))
                .taxCategory(TaxCategory.stored(rs.getString("tax_category")))
                .brand(rs.getString("brand"))
                .gtin(rs.getString("gtin"))
                .images(images)
                .categoryPath(rs.getString("category_path"))
                .active(rs.getBoolean("active"))
                .featured(rs.getBoolean("featured"))
                .source(source, rs.getObject("source_quantity", Integer.class))
                .lockedFields(fields(rs.getArray("locked_fields")))
                .stamps(rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version"))
                .availability(Availability.valueOf(rs.getString("availability")))
                .build();
    }

    private static Set<ProductField> fields(Array keys) throws SQLException {
        Set<ProductField> fields = EnumSet.noneOf(ProductField.class);
        if (keys != null) {
            for (String key : (String[]) keys.getArray()) {
                fields.add(ProductField.stored(key));
            }
        }
        return fields;
    }
}
