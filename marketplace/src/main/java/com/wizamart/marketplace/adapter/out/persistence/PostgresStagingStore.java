package com.wizamart.marketplace.adapter.out.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.application.support.LongHashSet;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.Amount;
import com.wizamart.sharedkernel.persistence.JsonColumns;

/**
 * Writes staging at database speed: each chunk is streamed with {@code COPY} into a transaction-scoped temporary
 * table, then merged with one {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} that rewrites only rows whose facts
 * or texts in the feed's language changed. A re-import of the same file therefore writes nothing.
 *
 * <p>Rows found equal to what is staged are left out before the {@code INSERT}: {@code ON CONFLICT DO UPDATE} locks
 * every conflicting row before its {@code WHERE} is evaluated, and a row lock is a write (of the row's page, and of
 * WAL). The check is a scalar subquery, one unique-index probe per row whatever the statistics say. Rows it lets
 * through still meet the {@code WHERE}, which decides on the latest committed version if another import of the same
 * products (another language) commits meanwhile; a row it leaves out was unchanged at the statement's snapshot, as if
 * this import had run just before the other one.
 */
@Repository
class PostgresStagingStore extends JdbcStagedProductQueries {

    private static final String CREATE_CHUNK_TABLE = """
            create temporary table if not exists marketplace_import_chunk (
              row_no bigint, external_id text, title text, description text, link text, image_link text,
              additional_images jsonb, availability text, price_amount numeric, price_currency text,
              sale_amount numeric, sale_currency text, brand text, gtin text, mpn text, condition text,
              google_product_category text, product_type text, item_group_id text, color text, size text,
              gender text, age_group text, identifier_exists boolean, adult boolean, quantity integer,
              tax_rate numeric, delivery_method text, raw jsonb, facts_hash text, content_hash bigint, new_id uuid
            ) on commit delete rows""";

    private static final String COPY = "copy marketplace_import_chunk from stdin";
    /** Bytes handed to the COPY stream at a time. */
    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    /** The staged row differs from the chunk's row in facts or in this language's texts or raw columns. */
    private static final String ROW_CHANGED = """
            (s.facts_hash is distinct from excluded.facts_hash
                 or s.titles -> cast(:lang as text) is distinct from excluded.titles -> cast(:lang as text)
                 or s.descriptions -> cast(:lang as text) is distinct from excluded.descriptions -> cast(:lang as text)
                 or s.raw -> cast(:lang as text) is distinct from excluded.raw -> cast(:lang as text))""";

    private static final String MERGE = """
            with changed as (
              select c.* from marketplace_import_chunk c
              where coalesce((
                select s.facts_hash is not distinct from c.facts_hash
                   and s.titles -> cast(:lang as text) is not distinct from to_jsonb(c.title)
                   and s.descriptions -> cast(:lang as text) is not distinct from to_jsonb(c.description)
                   and s.raw -> cast(:lang as text) is not distinct from c.raw
                   and s.content_hashes -> cast(:lang as text) is not distinct from to_jsonb(c.content_hash)
                from marketplace_staged_products s
                where s.vendor_id = :vendor and s.marketplace = :marketplace and s.external_id = c.external_id
              ), false) = false
            ), up as (
              insert into marketplace_staged_products as s (id, vendor_id, marketplace, external_id, titles,
                descriptions, raw, link, image_link, additional_images, availability, price_amount, price_currency,
                sale_amount, sale_currency, brand, gtin, mpn, condition, google_product_category, product_type,
                item_group_id, color, size, gender, age_group, identifier_exists, adult, quantity, tax_rate,
                delivery_method, facts_hash, content_hashes, first_job_id, last_job_id, created_at, updated_at)
              select c.new_id, :vendor, :marketplace, c.external_id, jsonb_build_object(:lang, c.title),
                case when c.description is null then '{}'::jsonb else jsonb_build_object(:lang, c.description) end,
                jsonb_build_object(:lang, c.raw), c.link, c.image_link, c.additional_images, c.availability,
                c.price_amount, c.price_currency, c.sale_amount, c.sale_currency, c.brand, c.gtin, c.mpn, c.condition,
                c.google_product_category, c.product_type, c.item_group_id, c.color, c.size, c.gender, c.age_group,
                c.identifier_exists, c.adult, c.quantity, c.tax_rate, c.delivery_method, c.facts_hash,
                jsonb_build_object(:lang, c.content_hash), :job, :job,
                now(), now()
              from changed c
              on conflict (vendor_id, marketplace, external_id) do update set
                titles = s.titles || excluded.titles,
                descriptions = (s.descriptions - cast(:lang as text)) || excluded.descriptions,
                raw = s.raw || excluded.raw,
                link = excluded.link, image_link = excluded.image_link,
                additional_images = excluded.additional_images, availability = excluded.availability,
                price_amount = excluded.price_amount, price_currency = excluded.price_currency,
                sale_amount = excluded.sale_amount, sale_currency = excluded.sale_currency, brand = excluded.brand,
                gtin = excluded.gtin, mpn = excluded.mpn, condition = excluded.condition,
                google_product_category = excluded.google_product_category, product_type = excluded.product_type,
                item_group_id = excluded.item_group_id, color = excluded.color, size = excluded.size,
                gender = excluded.gender, age_group = excluded.age_group,
                identifier_exists = excluded.identifier_exists, adult = excluded.adult,
                quantity = excluded.quantity, tax_rate = excluded.tax_rate,
                delivery_method = excluded.delivery_method, facts_hash = excluded.facts_hash,
                content_hashes = case when s.facts_hash is distinct from excluded.facts_hash
                  then excluded.content_hashes else s.content_hashes || excluded.content_hashes end,
                last_job_id = case when %1$s then excluded.last_job_id else s.last_job_id end,
                updated_at = case when %1$s then now() else s.updated_at end
              where %1$s
                 or s.content_hashes -> cast(:lang as text) is distinct from excluded.content_hashes -> cast(:lang as text)
              returning (xmax = 0) as inserted, last_job_id = :job as changed
            )
            select count(*) filter (where inserted) as created,
              count(*) filter (where changed and not inserted) as updated
            from up""".formatted(ROW_CHANGED);


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
        Long staged = jdbc.sql("""
                select count(*) from marketplace_staged_products where vendor_id = :vendor and marketplace = :marketplace""")
                .param("vendor", vendorId).param("marketplace", marketplace).query(Long.class).single();
        if (staged == 0) {
            return ContentIndex.empty();
        }
        ContentIndex index = new ContentIndex((int) Math.min(staged, Integer.MAX_VALUE / 4));
        streaming.query("""
                select external_id, (content_hashes ->> ?)::bigint from marketplace_staged_products
                where vendor_id = ? and marketplace = ? and content_hashes ->> ? is not null""",
                (RowCallbackHandler) rs -> index.put(LongHashSet.fingerprint(rs.getString(1)), rs.getLong(2)),
                language, vendorId, marketplace, language);
        return index;
    }

    @Override
    public ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, List<FeedProduct> chunk,
                             long[] contentHashes) {
        return write(vendorId, marketplace, language, jobId, prepare(chunk, contentHashes));
    }

    /** Encodes the chunk's rows for {@code COPY}: about 1.3 KB a product, in 64 KB blocks. */
    @Override
    public PreparedChunk prepare(List<FeedProduct> chunk, long[] contentHashes) {
        List<byte[]> blocks = new ArrayList<>();
        CopyText rows = new CopyText((bytes, offset, length) -> blocks.add(Arrays.copyOfRange(bytes, offset,
                offset + length)), COPY_BUFFER_BYTES);
        FactsDigest facts = new FactsDigest();
        try {
            for (int i = 0; i < chunk.size(); i++) {
                appendRow(rows, facts, chunk.get(i), contentHashes[i]);
            }
            rows.flush();
        } catch (SQLException e) {
            // the sink is memory
            throw new IllegalStateException(e);
        }
        return new CopyRows(List.copyOf(blocks), chunk.size());
    }

    @Override
    public ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, PreparedChunk chunk) {
        if (!(chunk instanceof CopyRows rows)) {
            return super.write(vendorId, marketplace, language, jobId, chunk);
        }
        jdbc.sql(CREATE_CHUNK_TABLE).update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
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
        } catch (SQLException e) {
            // as JDBC calls through Spring fail: a lost connection must read as one (the import is retried then)
            DataAccessException translated = streaming.getExceptionTranslator().translate("COPY chunk", COPY, e);
            throw translated != null ? translated : new UncategorizedSQLException("COPY chunk", COPY, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        long[] counts = jdbc.sql(MERGE).param("vendor", vendorId).param("marketplace", marketplace)
                .param("lang", language).param("job", jobId)
                .query((rs, n) -> new long[] {rs.getLong("created"), rs.getLong("updated")}).single();
        jdbc.sql("truncate marketplace_import_chunk").update();
        return new ChunkResult(counts[0], counts[1], rows.size() - counts[0] - counts[1]);
    }

    /** A chunk encoded for {@code COPY}. */
    private record CopyRows(List<byte[]> blocks, int size) implements PreparedChunk {
    }

    private static void appendRow(CopyText out, FactsDigest facts, FeedProduct p, long contentHash)
            throws SQLException {
        out.text(Long.toString(p.position()))
                .text(p.externalId())
                .text(p.title())
                .text(p.description())
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
                .text(text(p, Attribute.GOOGLE_PRODUCT_CATEGORY, 300))
                .text(p.productType())
                .text(p.itemGroupId())
                .text(text(p, Attribute.COLOR, 100))
                .text(text(p, Attribute.SIZE, 100))
                .text(text(p, Attribute.GENDER, 50))
                .text(text(p, Attribute.AGE_GROUP, 50))
                .text(flag(p, Attribute.IDENTIFIER_EXISTS))
                .text(flag(p, Attribute.ADULT))
                .text(p.quantity() == null ? null : p.quantity().toString())
                .text(p.taxRate() == null ? null : p.taxRate().toPlainString())
                .text(text(p, Attribute.DELIVERY_METHOD, 100))
                .json(p.raw())
                .ascii(facts.hex(p))
                .text(Long.toString(contentHash))
                .ascii(timeOrderedId())
                .endRow();
    }

    /** A well-known attribute for the column of its name, when it fits the column. */
    private static String text(FeedProduct p, Attribute<String> attribute, int columnLength) {
        String value = p.attribute(attribute);
        return value == null || value.codePointCount(0, value.length()) > columnLength ? null : value;
    }

    private static String flag(FeedProduct p, Attribute<Boolean> attribute) {
        Boolean value = p.attribute(attribute);
        return value == null ? null : value.toString();
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

    /** A digest of the language-independent facts: equal digests mean nothing to rewrite. */
    static String factsHash(FeedProduct p) {
        return new String(new FactsDigest().hex(p), StandardCharsets.US_ASCII);
    }

    /** Computes {@link #factsHash(FeedProduct)}s, reusing its digest and buffer from row to row. */
    static final class FactsDigest {

        private final MessageDigest md5;
        private final StringBuilder facts = new StringBuilder(256);

        FactsDigest() {
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The digest in lower-case hex, as ASCII bytes. */
        byte[] hex(FeedProduct p) {
            facts.setLength(0);
            Object[] values = {p.link(), p.imageLink(), p.additionalImages(), p.availability(), amount(p.price()),
                    p.price().currency(), p.salePrice() == null ? null : amount(p.salePrice()),
                    p.salePrice() == null ? null : p.salePrice().currency(), p.brand(), p.gtin(), p.mpn(),
                    p.condition(), p.productType(), p.itemGroupId(), p.attributes().toJson(), p.quantity(),
                    p.taxRate() == null ? null : p.taxRate().stripTrailingZeros().toPlainString()};
            for (Object v : values) {
                facts.append(v == null ? "\u0000" : v.toString()).append('\u001f');
            }
            byte[] digest = md5.digest(facts.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static String amount(Amount money) {
        BigDecimal amount = money.amount();
        return amount.toPlainString();
    }
}
