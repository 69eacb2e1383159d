package com.wizamart.media.adapter.out.persistence;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.media.application.port.out.MediaRecords;
import com.wizamart.media.application.port.out.MediaRecords.Retry;
import com.wizamart.media.domain.ImageSource;
import com.wizamart.media.domain.ImageStatus;
import com.wizamart.media.domain.ImageType;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.MediaHash;
import com.wizamart.media.domain.MediaObject;
import com.wizamart.media.domain.MediaUsage;
import com.wizamart.media.domain.PixelSize;
import com.wizamart.media.domain.ProductImage;
import com.wizamart.media.domain.StoredVariant;
import com.wizamart.media.domain.VariantSize;
import com.wizamart.sharedkernel.persistence.JsonColumns;

/**
 * Media's rows in {@code media_objects} and {@code media_product_images}, under Row-Level Security (see the
 * changelog). A link's fetch status is {@code FETCHED} in the table and {@code READY} in the domain.
 */
@Repository
class JdbcMediaRecords implements MediaRecords {

    private static final String OBJECT_COLUMNS = """
            o.id as o_id, o.vendor_id as o_vendor_id, o.sha256, o.content_type, o.width, o.height, o.bytes,
            o.variants_status, o.variants, o.variants_error""";
    private static final String IMAGE_SELECT = """
            select i.id, i.product_id, i.position, i.main, i.source, i.source_url, i.etag, i.fetch_status,
              i.fetch_error, i.fetched_at, """ + OBJECT_COLUMNS + """

            from media_product_images i left join media_objects o on o.id = i.object_id
            """;
    private static final int MAX_ERROR = 64;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcMediaRecords(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A transaction-scoped advisory lock; waiting is bounded ({@code lock_timeout}, for the rest of the transaction),
     * so a vendor's busy uploads never hold pooled connections waiting without end.
     */
    @Override
    public void lockVendor(UUID vendorId) {
        jdbc.sql("select set_config('lock_timeout', '10s', true)").query().singleRow();
        try {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('media-objects:' || :vendor, 0))")
                    .param("vendor", vendorId.toString()).query().singleRow();
        } catch (org.springframework.dao.PessimisticLockingFailureException waitedTooLong) {
            throw MediaException.busy();
        }
    }

    @Override
    public MediaUsage usage() {
        return jdbc.sql("""
                select count(*) as images, count(o.unused_since) as unused, coalesce(sum(o.bytes + coalesce(
                  (select sum((v ->> 'bytes')::bigint) from jsonb_array_elements(o.variants) v), 0)), 0) as bytes
                from media_objects o""")
                .query((rs, n) -> new MediaUsage(rs.getLong("images"), rs.getLong("bytes"), rs.getLong("unused")))
                .single();
    }

    @Override
    public Optional<MediaObject> findObject(MediaHash hash) {
        return jdbc.sql("select " + OBJECT_COLUMNS + " from media_objects o where o.sha256 = :sha")
                .param("sha", hash.hex()).query((rs, n) -> object(rs)).optional();
    }

    @Override
    public Optional<MediaObject> findObject(UUID objectId) {
        return jdbc.sql("select " + OBJECT_COLUMNS + " from media_objects o where o.id = :id")
                .param("id", objectId).query((rs, n) -> object(rs)).optional();
    }

    @Override
    public boolean hasObject(MediaHash hash) {
        return jdbc.sql("select exists (select 1 from media_objects where sha256 = :sha)")
                .param("sha", hash.hex()).query(Boolean.class).single();
    }

    @Override
    public void insertObject(MediaObject o, Instant now) {
        jdbc.sql("""
                insert into media_objects (id, vendor_id, sha256, content_type, width, height, bytes, variants_status,
                  variants_attempt, handed_over_at, created_at)
                values (:id, :vendor, :sha, :type, :width, :height, :bytes, 'PENDING', 1, :now, :now)""")
                .param("id", o.id()).param("vendor", o.vendorId()).param("sha", o.hash().hex())
                .param("type", o.type().contentType()).param("width", o.size().width())
                .param("height", o.size().height()).param("bytes", o.bytes()).param("now", Timestamp.from(now))
                .update();
    }

    @Override
    public boolean markUsed(UUID objectId) {
        return jdbc.sql("update media_objects set unused_since = null where id = :id and unused_since is not null")
                .param("id", objectId).update() == 1;
    }

    @Override
    public int resetVariants(UUID objectId, Instant now) {
        return jdbc.sql("""
                update media_objects set variants_status = 'PENDING', variants = '[]', variants_error = null,
                  variants_retries = 0, variants_attempt = variants_attempt + 1, handed_over_at = :now
                where id = :id returning variants_attempt""")
                .param("id", objectId).param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    @Override
    public Optional<Retry> retryVariants(UUID objectId, int maxRetries, Instant now) {
        return jdbc.sql("""
                update media_objects set variants_retries = variants_retries + 1,
                  variants_attempt = variants_attempt + 1, handed_over_at = :now
                where id = :id and variants_status = 'PENDING' and variants_retries < :max
                returning variants_attempt, variants_retries""")
                .param("id", objectId).param("max", maxRetries).param("now", Timestamp.from(now))
                .query((rs, n) -> new Retry(rs.getInt(1), rs.getInt(2))).optional();
    }

    @Override
    public int fetchAttempt(UUID imageId) {
        return jdbc.sql("select fetch_attempt from media_product_images where id = :id").param("id", imageId)
                .query(Integer.class).optional().orElse(0);
    }

    @Override
    public int variantsAttempt(UUID objectId) {
        return jdbc.sql("select variants_attempt from media_objects where id = :id").param("id", objectId)
                .query(Integer.class).optional().orElse(0);
    }

    @Override
    public void markUnusedWhereOrphaned(Collection<UUID> objectIds, Instant now) {
        if (objectIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update media_objects o set unused_since = :now
                where o.id in (:ids) and o.unused_since is null
                  and not exists (select 1 from media_product_images i where i.object_id = o.id)""")
                .param("ids", List.copyOf(objectIds)).param("now", Timestamp.from(now)).update();
    }

    @Override
    public void markVariantsReady(UUID objectId, List<StoredVariant> variants) {
        List<Map<String, Object>> rows = variants.stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", v.size().key());
            row.put("format", v.format().name());
            row.put("width", v.width());
            row.put("height", v.height());
            row.put("bytes", v.bytes());
            return row;
        }).toList();
        jdbc.sql("""
                update media_objects set variants_status = 'READY', variants = cast(:variants as jsonb),
                  variants_error = null where id = :id""")
                .param("id", objectId).param("variants", json.write(rows)).update();
    }

    @Override
    public void markVariantsFailed(UUID objectId, String errorCode) {
        jdbc.sql("update media_objects set variants_status = 'FAILED', variants_error = :error where id = :id")
                .param("id", objectId).param("error", cut(errorCode)).update();
    }

    @Override
    public List<ProductImage> images(UUID productId) {
        return jdbc.sql(IMAGE_SELECT + " where i.product_id = :product order by i.position")
                .param("product", productId).query((rs, n) -> image(rs)).list();
    }

    @Override
    public List<ProductImage> readyImages(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(IMAGE_SELECT + """
                 where i.product_id in (:products) and o.variants_status = 'READY'
                order by i.product_id, i.main desc, i.position""")
                .param("products", List.copyOf(productIds)).query((rs, n) -> image(rs)).list();
    }

    @Override
    public Optional<ProductImage> image(UUID productId, UUID imageId) {
        return jdbc.sql(IMAGE_SELECT + " where i.product_id = :product and i.id = :id")
                .param("product", productId).param("id", imageId).query((rs, n) -> image(rs)).optional();
    }

    @Override
    public Optional<ProductImage> image(UUID imageId) {
        return jdbc.sql(IMAGE_SELECT + " where i.id = :id").param("id", imageId).query((rs, n) -> image(rs))
                .optional();
    }

    @Override
    public void appendImage(UUID vendorId, UUID imageId, UUID productId, ImageSource source, String sourceUrl,
                            UUID objectId, Instant now) {
        jdbc.sql("""
                insert into media_product_images (id, vendor_id, product_id, object_id, position, main, source,
                  source_url, fetch_status, fetch_attempt, handed_over_at, created_at, updated_at)
                select :id, :vendor, :product, :object,
                  coalesce((select max(position) + 1 from media_product_images where product_id = :product), 0),
                  not exists (select 1 from media_product_images where product_id = :product and main),
                  :source, :url, :fetchStatus, :attempt, :handedOver, :now, :now""")
                .param("id", imageId).param("vendor", vendorId).param("product", productId)
                .param("object", objectId).param("source", source.name()).param("url", sourceUrl)
                .param("fetchStatus", source == ImageSource.FEED ? "PENDING" : null)
                .param("attempt", source == ImageSource.FEED ? 1 : 0)
                .param("handedOver", source == ImageSource.FEED ? Timestamp.from(now) : null)
                .param("now", Timestamp.from(now)).update();
    }

    @Override
    public Optional<UUID> deleteImage(UUID productId, UUID imageId) {
        Optional<Deleted> deleted = jdbc.sql("""
                delete from media_product_images where product_id = :product and id = :id
                returning object_id, position, main""")
                .param("product", productId).param("id", imageId)
                .query((rs, n) -> new Deleted(rs.getObject("object_id", UUID.class), rs.getInt("position"),
                        rs.getBoolean("main"))).optional();
        deleted.ifPresent(d -> {
            jdbc.sql("update media_product_images set position = position - 1 where product_id = :product "
                            + "and position > :position")
                    .param("product", productId).param("position", d.position()).update();
            if (d.main()) {
                jdbc.sql("""
                        update media_product_images set main = true
                        where id = (select id from media_product_images where product_id = :product
                                    order by position limit 1)""")
                        .param("product", productId).update();
            }
        });
        return deleted.map(Deleted::objectId);
    }

    private record Deleted(UUID objectId, int position, boolean main) {
    }

    @Override
    public List<UUID> deleteImagesOf(UUID productId) {
        return jdbc.sql("delete from media_product_images where product_id = :product returning object_id")
                .param("product", productId).query((rs, n) -> rs.getObject("object_id", UUID.class)).list()
                .stream().filter(id -> id != null).distinct().toList();
    }

    @Override
    public void makeMain(UUID productId, UUID imageId) {
        jdbc.sql("update media_product_images set main = false where product_id = :product and main and id <> :id")
                .param("product", productId).param("id", imageId).update();
        jdbc.sql("update media_product_images set main = true where product_id = :product and id = :id")
                .param("product", productId).param("id", imageId).update();
    }

    @Override
    public void reorder(UUID productId, List<UUID> imageIds, Instant now) {
        // one statement: the positions' uniqueness is checked at commit (deferred), so they may swap
        jdbc.sql("""
                update media_product_images i set position = o.n - 1, updated_at = :now
                from unnest(cast(:ids as uuid[])) with ordinality as o(id, n)
                where i.product_id = :product and i.id = o.id""")
                .param("product", productId).param("now", Timestamp.from(now))
                .param("ids", "{" + String.join(",", imageIds.stream().map(UUID::toString).toList()) + "}")
                .update();
    }

    @Override
    public Optional<UUID> recordFetched(UUID imageId, String sourceUrl, UUID objectId, String etag, Instant now) {
        List<UUID> previous = jdbc.sql("""
                update media_product_images i set object_id = :object, etag = :etag, fetch_status = 'FETCHED',
                  fetch_error = null, fetched_at = :now, updated_at = :now
                from media_product_images before
                where i.id = :id and before.id = i.id and i.source_url = :url
                returning before.object_id""")
                .param("id", imageId).param("url", sourceUrl).param("object", objectId).param("etag", cutEtag(etag))
                .param("now", Timestamp.from(now)).query((rs, n) -> rs.getObject(1, UUID.class)).list();
        return previous.stream().filter(p -> p != null && !p.equals(objectId)).findFirst();
    }

    @Override
    public void recordNotModified(UUID imageId, String sourceUrl, String etag, Instant now) {
        jdbc.sql("""
                update media_product_images set etag = :etag, fetch_status = 'FETCHED', fetch_error = null,
                  fetched_at = :now, updated_at = :now
                where id = :id and source_url = :url and object_id is not null""")
                .param("id", imageId).param("url", sourceUrl).param("etag", cutEtag(etag))
                .param("now", Timestamp.from(now)).update();
    }

    @Override
    public void recordFetchFailed(UUID imageId, String sourceUrl, String errorCode, Instant now) {
        jdbc.sql("""
                update media_product_images set fetch_status = 'FAILED', fetch_error = :error, fetched_at = :now,
                  updated_at = :now
                where id = :id and source_url = :url""")
                .param("id", imageId).param("url", sourceUrl).param("error", cut(errorCode))
                .param("now", Timestamp.from(now)).update();
    }

    @Override
    public Optional<Retry> retryFetch(UUID imageId, String sourceUrl, String errorCode, int maxRetries,
                                        Instant now) {
        return jdbc.sql("""
                update media_product_images set fetch_retries = fetch_retries + 1, fetch_attempt = fetch_attempt + 1,
                  fetch_error = :error, handed_over_at = :now, updated_at = :now
                where id = :id and source_url = :url and fetch_status = 'PENDING' and fetch_retries < :max
                returning fetch_attempt, fetch_retries""")
                .param("id", imageId).param("url", sourceUrl).param("error", cut(errorCode))
                .param("max", maxRetries).param("now", Timestamp.from(now))
                .query((rs, n) -> new Retry(rs.getInt(1), rs.getInt(2))).optional();
    }

    @Override
    public int markFetchPending(UUID imageId, Instant now) {
        return jdbc.sql("""
                update media_product_images set fetch_status = 'PENDING', fetch_retries = 0,
                  fetch_attempt = fetch_attempt + 1, handed_over_at = :now, updated_at = :now
                where id = :id and source = 'FEED' returning fetch_attempt""")
                .param("id", imageId).param("now", Timestamp.from(now)).query(Integer.class).optional().orElse(0);
    }

    @Override
    public List<Work> pendingVariants(Instant before, int limit) {
        return jdbc.sql("""
                select id, vendor_id, variants_attempt as attempt from media_objects
                where variants_status = 'PENDING' and coalesce(handed_over_at, created_at) < :before
                order by coalesce(handed_over_at, created_at) limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit).query((rs, n) -> work(rs)).list();
    }

    @Override
    public List<Work> pendingFetches(Instant before, int limit) {
        return jdbc.sql("""
                select id, vendor_id, fetch_attempt as attempt from media_product_images
                where source = 'FEED' and fetch_status = 'PENDING' and coalesce(handed_over_at, updated_at) < :before
                order by coalesce(handed_over_at, updated_at) limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit).query((rs, n) -> work(rs)).list();
    }

    @Override
    public List<Work> collectable(Instant cutoff, int limit) {
        return jdbc.sql("""
                select id, vendor_id, 0 as attempt from media_objects where unused_since < :cutoff
                order by unused_since limit :limit""")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit).query((rs, n) -> work(rs)).list();
    }

    @Override
    public Optional<MediaObject> deleteIfUnused(UUID objectId, Instant cutoff) {
        return jdbc.sql("""
                delete from media_objects o where o.id = :id and o.unused_since < :cutoff
                  and not exists (select 1 from media_product_images i where i.object_id = o.id)
                returning """ + " " + OBJECT_COLUMNS)
                .param("id", objectId).param("cutoff", Timestamp.from(cutoff)).query((rs, n) -> object(rs))
                .optional();
    }

    private static Work work(ResultSet rs) throws SQLException {
        return new Work(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class), rs.getInt("attempt"));
    }

    private ProductImage image(ResultSet rs) throws SQLException {
        MediaObject object = rs.getObject("o_id", UUID.class) == null ? null : object(rs);
        Timestamp fetchedAt = rs.getTimestamp("fetched_at");
        return new ProductImage(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
                rs.getInt("position"), rs.getBoolean("main"), ImageSource.valueOf(rs.getString("source")),
                rs.getString("source_url"), object, fetchStatus(rs.getString("fetch_status")),
                rs.getString("fetch_error"), rs.getString("etag"), fetchedAt == null ? null : fetchedAt.toInstant());
    }

    private static ImageStatus fetchStatus(String column) {
        if (column == null) {
            return null;
        }
        return column.equals("FETCHED") ? ImageStatus.READY : ImageStatus.valueOf(column);
    }

    private MediaObject object(ResultSet rs) throws SQLException {
        List<StoredVariant> variants = new ArrayList<>();
        for (Object each : json.readList(rs.getString("variants"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> v = (Map<String, Object>) each;
            variants.add(new StoredVariant(VariantSize.valueOf(((String) v.get("name")).toUpperCase(java.util.Locale.ROOT)),
                    ImageType.valueOf((String) v.get("format")), ((Number) v.get("width")).intValue(),
                    ((Number) v.get("height")).intValue(), ((Number) v.get("bytes")).longValue()));
        }
        return new MediaObject(rs.getObject("o_id", UUID.class), rs.getObject("o_vendor_id", UUID.class),
                MediaHash.parse(rs.getString("sha256")), ImageType.fromContentType(rs.getString("content_type")),
                new PixelSize(rs.getInt("width"), rs.getInt("height")), rs.getLong("bytes"),
                ImageStatus.valueOf(rs.getString("variants_status")), variants, rs.getString("variants_error"));
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private static String cutEtag(String etag) {
        return etag == null || etag.length() > 200 ? null : etag;
    }
}
