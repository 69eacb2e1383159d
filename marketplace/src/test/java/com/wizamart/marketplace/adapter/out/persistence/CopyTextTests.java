package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.FeedProduct;

import tools.jackson.databind.json.JsonMapper;

/**
 * The streamed COPY rows are exactly what the former implementation sent (a string of fields escaped one by one, JSON
 * from the application's mapper), and the facts hash is unchanged, so rows staged before stay "unchanged".
 */
class CopyTextTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> TRICKY = List.of("", "plain", "tab\there", "line\nbreak", "cr\rlf\r\n",
            "back\\slash", "\\N", "quote \"x\"", "nul\0byte", "ctl\u0001\u001f\u007f", "\b\f", "Lëtzebuerg – €",
            "emoji 😀 ok", "lone \uD800 surrogate", "<p>Handpicked.</p>\t<ul><li>x</li></ul>", "\\.", "tail\\");

    @Test
    void textFieldsAreTheBytesOfTheFormerEscaping() throws Exception {
        for (String value : TRICKY) {
            assertThat(copy(out -> out.text(value).text(null).endRow()))
                    .as(value).isEqualTo(utf8(oldField(value) + "\\N\n"));
        }
    }

    @Test
    void jsonFieldsAreWhatTheMapperWritesEscapedForCopy() throws Exception {
        Map<String, String> raw = new LinkedHashMap<>();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            raw.put("key " + TRICKY.get(i) + i, TRICKY.get(i));
            list.add(TRICKY.get(i));
        }
        assertThat(copy(out -> out.json(raw).json(list).json(List.of()).json(Map.of()).endRow()))
                .isEqualTo(utf8(oldField(JSON.writeValueAsString(raw)) + oldField(JSON.writeValueAsString(list))
                        + "[]\t{}\n"));
    }

    @Test
    void buffersOfAnySizeGiveTheSameStream() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append(TRICKY.get(random.nextInt(TRICKY.size())));
        }
        String value = big.toString();
        String expected = utf8(oldField(value) + oldField(JSON.writeValueAsString(Map.of("k", value))) + "x\n");
        for (int size : new int[] {16, 17, 1000, 65536}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            CopyText out = new CopyText(sink::write, size);
            out.text(value).json(Map.of("k", value)).ascii("x".getBytes(StandardCharsets.US_ASCII)).endRow();
            out.flush();
            assertThat(sink.toString(StandardCharsets.UTF_8)).as("buffer of %d", size).isEqualTo(expected);
        }
    }

    @Test
    void theFactsHashIsUnchanged() throws Exception {
        PostgresStagingStore.FactsDigest digest = new PostgresStagingStore.FactsDigest();
        for (FeedProduct p : List.of(product("A-1", null, List.of(), null, null),
                product("A-2", new FeedProduct.Money(new BigDecimal("9.9"), "EUR"),
                        List.of("https://x/1.jpg", "https://x/2.jpg"), new BigDecimal("17.00"), Boolean.TRUE),
                product("Ä – 3", null, List.of("ü"), new BigDecimal("3"), Boolean.FALSE))) {
            String expected = oldFactsHash(p);
            assertThat(PostgresStagingStore.factsHash(p)).isEqualTo(expected);
            assertThat(new String(digest.hex(p), StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
    }

    private static FeedProduct product(String id, FeedProduct.Money sale, List<String> images, BigDecimal tax,
                                       Boolean adult) {
        return new FeedProduct(2, id, "Title " + id, "<p>desc</p>", "https://shop/" + id, "https://img/" + id,
                images, FeedProduct.Availability.IN_STOCK, new FeedProduct.Money(new BigDecimal("19.99"), "EUR"),
                sale, "Brand", "4006381333931", "MPN", "new", "421", "Wine", "G-1", "red", "M", "unisex", "adult",
                Boolean.TRUE, adult, 5, tax, "package_delivery", Map.of("id", id), List.of());
    }

    @FunctionalInterface
    private interface Writes {
        void to(CopyText out) throws Exception;
    }

    private static String copy(Writes writes) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        CopyText out = new CopyText(sink::write, 64 * 1024);
        writes.to(out);
        out.flush();
        return sink.toString(StandardCharsets.UTF_8);
    }

    /** What PostgreSQL receives for a string: its UTF-8 bytes (read back as a string for legible failures). */
    private static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The former implementation: one field of COPY's text format, followed by a tab. */
    private static String oldField(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { }
                default -> out.append(c);
            }
        }
        return out.append('\t').toString();
    }

    /** The former implementation of the facts hash. */
    private static String oldFactsHash(FeedProduct p) throws Exception {
        StringBuilder facts = new StringBuilder(256);
        Object[] values = {p.link(), p.imageLink(), p.additionalImages(), p.availability(),
                p.price().amount().toPlainString(), p.price().currency(),
                p.salePrice() == null ? null : p.salePrice().amount().toPlainString(),
                p.salePrice() == null ? null : p.salePrice().currency(), p.brand(), p.gtin(), p.mpn(), p.condition(),
                p.googleProductCategory(), p.productType(), p.itemGroupId(), p.color(), p.size(), p.gender(),
                p.ageGroup(), p.identifierExists(), p.adult(), p.quantity(),
                p.taxRate() == null ? null : p.taxRate().stripTrailingZeros().toPlainString(), p.deliveryMethod()};
        for (Object v : values) {
            facts.append(v == null ? "\u0000" : v.toString()).append('\u001f');
        }
        byte[] digest = MessageDigest.getInstance("MD5").digest(facts.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
