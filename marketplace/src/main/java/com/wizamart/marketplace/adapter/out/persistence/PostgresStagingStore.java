package com.wizamart.marketplace.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.application.support.LongHashSet;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.sharedkernel.persistence.JsonColumns;

/**
 * Writes staging at the database's own speed (ADR 0030): each chunk is streamed with {@code COPY} into a
 * transaction-scoped temporary table, then moved into staging with a few set-wise statements.
 *
 * <p>Products that staging held in no language when the import began go in with two plain {@code INSERT ... SELECT}s
 * (their facts, their texts), which is all a first import does. Should another import (another language) have staged
 * one of them meanwhile, the unique key refuses the insert: the chunk then rolls back to a savepoint taken before it
 * and takes the general way, row by row set-wise: products missing are inserted, facts that differ are rewritten
 * (compared column by column; rows found equal are not touched, not even locked), this language's texts are upserted,
 * and a product whose facts changed has the other languages' content hashes cleared, so that their next import sends
 * their rows again. Rows whose content hash shows them unchanged never reach this store (ADR 0008).
 */
@Repository
class PostgresStagingStore extends JdbcStagedProductQueries {

    private static final String CREATE_CHUNK_TABLE = """
            create temporary table if not exists marketplace_import_chunk (
              external_id text, unstaged boolean, new_id uuid, link text, image_link text, additional_images jsonb,
              availability text, price_amount numeric, price_currency text, sale_amount numeric, sale_currency text,
              brand text, gtin text, mpn text, condition text, product_type text, item_group_id text,
              quantity integer, tax_rate numeric, attributes jsonb, title text, description text, raw_layout uuid,
              raw_values text, content_hash bigint
            ) on commit delete rows""";

    private static final String COPY = "copy marketplace_import_chunk from stdin";
    /** Bytes handed to the COPY stream at a time. */
    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    private static final String FACT_COLUMNS = """
            link, image_link, additional_images, availability, price_amount, price_currency, sale_amount,
            sale_currency, brand, gtin, mpn, condition, product_type, item_group_id, quantity, tax_rate, attributes""";

    private static final String INSERT_FACTS = """
            insert into marketplace_staged_products (id, vendor_id, marketplace, external_id, %1$s, first_job_id,
              last_job_id, created_at, updated_at)
            select c.new_id, :vendor, :marketplace, c.external_id, %2$s, :job, :job, now(), now()
            from marketplace_import_chunk c where %3$s""";

    /** Products staged in no language: their facts and their texts, both plain inserts. */
    private static final String INSERT_UNSTAGED = """
            with facts as (%1$s)
            insert into marketplace_staged_texts (product_id, language, vendor_id, title, description, raw_layout,
              raw_values, content_hash)
            select c.new_id, :lang, :vendor, c.title, c.description, c.raw_layout, c.raw_values, c.content_hash
            from marketplace_import_chunk c where c.unstaged""".formatted(
            INSERT_FACTS.formatted(FACT_COLUMNS, columns("c.", FACT_COLUMNS), "c.unstaged"));

    /** The general way, 1: products staged in no language get their facts row (texts follow in 3). */
    private static final String INSERT_MISSING = INSERT_FACTS.formatted(FACT_COLUMNS, columns("c.", FACT_COLUMNS),
            "(c.unstaged is not true or :all)") + """

            on conflict (vendor_id, marketplace, external_id) do nothing
            returning id""";

    /**
     * The chunk's rows the general way takes, with the id of their staged product: found by one probe of the unique
     * key per row, whatever the statistics say. Right after a vendor's first import, they still count the vendor's
     * rows as a handful, and a plain join read all of them for every chunk; the statements of the general way are
     * therefore planned without hash and merge joins ({@link #writeGeneral}).
     */
    private static final String CHUNK_WITH_STAGED_IDS = """
            select c.*, (select p.id from marketplace_staged_products p where p.vendor_id = :vendor
                           and p.marketplace = :marketplace and p.external_id = c.external_id) as staged_id
            from marketplace_import_chunk c where (c.unstaged is not true or :all) offset 0""";

    /**
     * The general way, 2: facts that differ are rewritten, and the former values of those that changed are kept with
     * this job ({@code s.} in the assignments is the row as it was).
     */
    private static final String UPDATE_FACTS = """
            update marketplace_staged_products s set (%1$s) = (%2$s), last_job_id = :job, updated_at = now(),
              facts_changed = %5$s, facts_changed_by = :job
            from (%4$s) c
            where s.id = c.staged_id and (%3$s) is distinct from (%2$s)
            returning s.id""".formatted(FACT_COLUMNS, columns("c.", FACT_COLUMNS), columns("s.", FACT_COLUMNS),
            CHUNK_WITH_STAGED_IDS, formerValues("s.", "c.", FACT_COLUMNS));

    /**
     * The staged raw values ({@code t}) are the chunk's ({@code c}) in another order: the same names with the same
     * values (a source that reordered its columns; rows the staging migration moved, whose former {@code jsonb} had
     * lost the source's order). Values are split at every U+001F: a value holding one (escaped) only makes the row
     * count as changed.
     */
    private static final String SAME_RAW_VALUES = """
            (select jsonb_object(lt.names, vt.v) = jsonb_object(lc.names, vc.v)
             from marketplace_raw_layouts lt, marketplace_raw_layouts lc,
               lateral (select string_to_array(t.raw_values, chr(31)) as v) vt,
               lateral (select string_to_array(c.raw_values, chr(31)) as v) vc
             where lt.vendor_id = :vendor and lt.id = t.raw_layout and lc.vendor_id = :vendor
               and lc.id = c.raw_layout and cardinality(lt.names) = cardinality(vt.v)
               and cardinality(lc.names) = cardinality(vc.v))""";

    /**
     * The general way, 3: this language's texts are upserted (a row whose content hash alone changed keeps its
     * texts); answers the products whose texts changed: title, description or raw values, not their order.
     */
    private static final String UPSERT_TEXTS = """
            with src as (
              select c.staged_id as id, c.title, c.description, c.raw_layout, c.raw_values, c.content_hash,
                t.product_id is null or (t.title, t.description) is distinct from (c.title, c.description)
                  or (t.raw_layout, t.raw_values) is distinct from (c.raw_layout, c.raw_values)
                    and not coalesce(%1$s, false) as changed
              from (%2$s) c
              -- one probe of the texts' key per row (offset 0 keeps the planner from joining otherwise)
              left join lateral (select t.* from marketplace_staged_texts t
                                 where t.product_id = c.staged_id and t.language = :lang offset 0) t on true
              where c.staged_id is not null
            ), up as (
              insert into marketplace_staged_texts as t (product_id, language, vendor_id, title, description,
                raw_layout, raw_values, content_hash)
              select id, :lang, :vendor, title, description, raw_layout, raw_values, content_hash from src
              on conflict (product_id, language) do update set title = excluded.title,
                description = excluded.description, raw_layout = excluded.raw_layout,
                raw_values = excluded.raw_values, content_hash = excluded.content_hash,
                texts_changed = case when (t.title, t.description) is distinct from (excluded.title,
                  excluded.description) then %3$s else t.texts_changed end,
                texts_changed_by = case when (t.title, t.description) is distinct from (excluded.title,
                  excluded.description) then :job else t.texts_changed_by end
              where (t.title, t.description, t.raw_layout, t.raw_values, t.content_hash)
                is distinct from (excluded.title, excluded.description, excluded.raw_layout, excluded.raw_values,
                  excluded.content_hash)
            )
            select id from src where changed""".formatted(SAME_RAW_VALUES, CHUNK_WITH_STAGED_IDS,
            formerValues("t.", "excluded.", "title, description"));

    /** The general way, 4: other languages of products whose facts changed must be sent again. */
    private static final String CLEAR_OTHER_HASHES = """
            update marketplace_staged_texts set content_hash = null
            where vendor_id = :vendor and product_id = any(:ids) and language <> :lang and content_hash is not null""";

    /** The general way, 5: products whose texts alone changed are this import's too. */
    private static final String TOUCH = """
            update marketplace_staged_products set last_job_id = :job, updated_at = now()
            where vendor_id = :vendor and id = any(:ids) and last_job_id is distinct from :job""";

    private static final String INSERT_LAYOUT = """
            insert into marketplace_raw_layouts (vendor_id, id, names) values (:vendor, :id, :names)
            on conflict do nothing""";

    /** Rows fetched at a time when streaming what staging holds. */
    private static final int FETCH_SIZE = 10_000;

    private final DataSource dataSource;
    private final JdbcTemplate streaming;

    PostgresStagingStore(JdbcClient jdbc, DataSource dataSource, JsonColumns json) {
        super(jdbc, json);
        this.dataSource = dataSource;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /**
     * Streams the vendor's staged ids and this language's content hashes (in a transaction, so that PostgreSQL
     * sends them {@value #FETCH_SIZE} at a time) into an index of two longs per product.
     */
    @Override
    public ContentIndex knownContent(UUID vendorId, String marketplace, String language) {
        // grows as rows come (counting them first would read the vendor's products once more)
        ContentIndex index = new ContentIndex();
        streaming.query("""
                select s.external_id, t.content_hash from marketplace_staged_products s
                left join marketplace_staged_texts t on t.product_id = s.id and t.language = ?
                where s.vendor_id = ? and s.marketplace = ?""",
                (RowCallbackHandler) rs -> {
                    long id = LongHashSet.fingerprint(rs.getString(1));
                    long hash = rs.getLong(2);
                    if (rs.wasNull()) {
                        index.putStaged(id);
                    } else {
                        index.put(id, hash);
                    }
                }, language, vendorId, marketplace);
        return index;
    }

    @Override
    public void refreshStatistics() {
        jdbc.sql("select marketplace_analyze_staging()").query().listOfRows();
    }

    @Override
    public ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, List<FeedProduct> chunk,
                             long[] contentHashes) {
        ChunkBuilder rows = chunkBuilder();
        for (int i = 0; i < chunk.size(); i++) {
            rows.add(chunk.get(i), contentHashes[i], false);
        }
        return write(vendorId, marketplace, language, jobId, rows.build());
    }

    /** Encodes each product for {@code COPY} as it is added: about 1 KB a product, in 64 KB blocks. */
    @Override
    public ChunkBuilder chunkBuilder() {
        return new CopyRowsBuilder();
    }

    /** A chunk's rows in COPY's text format, in blocks of {@value #COPY_BUFFER_BYTES} bytes. */
    private static final class CopyRowsBuilder implements ChunkBuilder {

        private final List<byte[]> blocks = new ArrayList<>();
        private final CopyText rows = new CopyText((bytes, offset, length) -> blocks.add(Arrays.copyOfRange(bytes,
                offset, offset + length)), COPY_BUFFER_BYTES);
        private final RawLayouts layouts = new RawLayouts();
        private int size;
        private int unstaged;

        @Override
        public void add(FeedProduct product, long contentHash, boolean unstaged) {
            try {
                appendRow(rows, layouts, product, contentHash, unstaged);
            } catch (SQLException e) {
                // the sink is memory
                throw new IllegalStateException(e);
            }
            size++;
            this.unstaged += unstaged ? 1 : 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public PreparedChunk build() {
            try {
                rows.flush();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new CopyRows(List.copyOf(blocks), size, unstaged, layouts.used());
        }
    }

    @Override
    public ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, PreparedChunk chunk) {
        if (!(chunk instanceof CopyRows rows)) {
            return super.write(vendorId, marketplace, language, jobId, chunk);
        }
        rows.layouts().forEach((id, names) -> jdbc.sql(INSERT_LAYOUT).param("vendor", vendorId).param("id", id)
                .param("names", names.toArray(String[]::new)).update());
        jdbc.sql(CREATE_CHUNK_TABLE).update();
        // empty at the start of a transaction (its rows go at commit); not when a transaction writes two chunks
        jdbc.sql("delete from marketplace_import_chunk").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy(connection, rows);
            long created = 0;
            boolean all = false;
            if (rows.unstaged() > 0) {
                Savepoint before = connection.setSavepoint();
                try {
                    jdbc.sql(INSERT_UNSTAGED).param("vendor", vendorId).param("marketplace", marketplace)
                            .param("lang", language).param("job", jobId).update();
                    connection.releaseSavepoint(before);
                    created = rows.unstaged();
                } catch (DuplicateKeyException stagedMeanwhile) {
                    // another import staged one of them since this one began: every row takes the general way
                    connection.rollback(before);
                    all = true;
                }
            }
            ChunkResult general = rows.unstaged() == rows.size() && !all ? new ChunkResult(0, 0, 0)
                    : writeGeneral(vendorId, marketplace, language, jobId, all);
            created += general.created();
            return new ChunkResult(created, general.updated(), rows.size() - created - general.updated());
        } catch (SQLException e) {
            // as JDBC calls through Spring fail: a lost connection must read as one (the import is retried then)
            DataAccessException translated = streaming.getExceptionTranslator().translate("COPY chunk", COPY, e);
            throw translated != null ? translated : new UncategorizedSQLException("COPY chunk", COPY, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(Connection connection, CopyRows rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            for (byte[] block : rows.blocks()) {
                copy.writeToCopy(block, 0, block.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * The general way for the chunk's rows that were staged before (or for all of them): counts created (only
     * products staged in no language) and updated (facts or this language's texts changed) products.
     */
    private ChunkResult writeGeneral(UUID vendorId, String marketplace, String language, UUID jobId, boolean all) {
        // a few hundred rows join staging by its keys, a probe each: with the vendor's rows counted as a handful (the
        // statistics right after its first import), the planner would rather read them all into a hash table
        jdbc.sql("set local enable_hashjoin = off").update();
        jdbc.sql("set local enable_mergejoin = off").update();
        Set<UUID> created = new HashSet<>(jdbc.sql(INSERT_MISSING).param("vendor", vendorId)
                .param("marketplace", marketplace).param("job", jobId).param("all", all).query(UUID.class).list());
        List<UUID> factsChanged = jdbc.sql(UPDATE_FACTS).param("vendor", vendorId).param("marketplace", marketplace)
                .param("job", jobId).param("all", all).query(UUID.class).list();
        List<UUID> textsChanged = jdbc.sql(UPSERT_TEXTS).param("vendor", vendorId).param("marketplace", marketplace)
                .param("lang", language).param("job", jobId).param("all", all).query(UUID.class).list();
        if (!factsChanged.isEmpty()) {
            jdbc.sql(CLEAR_OTHER_HASHES).param("vendor", vendorId).param("ids", factsChanged.toArray(UUID[]::new))
                    .param("lang", language).update();
        }
        Set<UUID> changed = new HashSet<>(factsChanged);
        List<UUID> touch = new ArrayList<>();
        for (UUID id : textsChanged) {
            if (changed.add(id) && !created.contains(id)) {
                touch.add(id);
            }
        }
        if (!touch.isEmpty()) {
            jdbc.sql(TOUCH).param("vendor", vendorId).param("ids", touch.toArray(UUID[]::new)).param("job", jobId)
                    .update();
        }
        changed.removeAll(created);
        return new ChunkResult(created.size(), changed.size(), 0);
    }

    /** A chunk encoded for {@code COPY}, with the raw layouts its rows use. */
    private record CopyRows(List<byte[]> blocks, int size, int unstaged, Map<UUID, List<String>> layouts)
            implements PreparedChunk {
    }

    private static void appendRow(CopyText out, RawLayouts layouts, FeedProduct p, long contentHash,
                                  boolean unstaged) throws SQLException {
        out.text(p.externalId())
                .ascii(unstaged ? TRUE : FALSE)
                .ascii(timeOrderedId())
                .text(p.link())
                .text(p.imageLink())
                .json(p.additionalImages())
                .text(p.availability() == null ? null : p.availability().name())
                .text(p.price().amount().toPlainString())
                .text(p.price().currency())
                .text(p.salePrice() == null ? null : p.salePrice().amount().toPlainString())
                .text(p.salePrice() == null ? null : p.salePrice().currency())
                .text(p.brand())
                .text(p.gtin())
                .text(p.mpn())
                .text(p.condition())
                .text(p.productType())
                .text(p.itemGroupId())
                .text(p.quantity() == null ? null : p.quantity().toString())
                .text(p.taxRate() == null ? null : p.taxRate().toPlainString())
                .text(withoutNul(p.attributes().toJson()))
                .text(p.title())
                .text(p.description())
                .ascii(layouts.id(p.raw().keySet()))
                .joined(p.raw().values())
                // no hash (a product with warnings): read and compared again each time
                .text(contentHash == ContentIndex.NO_HASH ? null : Long.toString(contentHash))
                .endRow();
    }

    private static final byte[] TRUE = {'t'};
    private static final byte[] FALSE = {'f'};

    /**
     * JSON without its {@code \\u0000} escapes: {@code jsonb} cannot hold a NUL character (nor can PostgreSQL text,
     * from which {@link CopyText} drops them too).
     */
    static String withoutNul(String json) {
        if (!json.contains("\\u0000")) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                if (json.startsWith("u0000", i + 1)) {
                    i += 5;
                    continue;
                }
                out.append(c).append(json.charAt(++i)); // an escape: its character is not the start of another
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The former values of the columns whose value changes, by column name, each in a one-element array (a former
     * {@code NULL} stays, where {@code jsonb_strip_nulls} drops the columns that did not change):
     * {@code {"price_amount": [10.50]}}.
     */
    static String formerValues(String before, String after, String columns) {
        return "jsonb_strip_nulls(jsonb_build_object(" + Arrays.stream(columns.split(",")).map(String::strip)
                .map(c -> "'" + c + "', case when " + before + c + " is distinct from " + after + c
                        + " then jsonb_build_array(" + before + c + ") end")
                .collect(Collectors.joining(", ")) + "))";
    }

    /** {@code a, b} as {@code p.a, p.b}. */
    private static String columns(String prefix, String columns) {
        return Arrays.stream(columns.split(",")).map(c -> prefix + c.strip()).collect(Collectors.joining(", "));
    }

    /**
     * The id a row gets if it is new: a version 7 UUID (milliseconds since the epoch, then random bits), so that the
     * rows of an import land next to each other in the primary key's index instead of on random pages.
     */
    static byte[] timeOrderedId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString().getBytes(StandardCharsets.US_ASCII);
    }
}
