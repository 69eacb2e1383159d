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

import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.Amount;

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


    private static FeedProduct product(String id, Amount sale, List<String> images, BigDecimal tax,
                                       Boolean adult) {
        return FeedProduct.at(2).id(id).title("Title " + id).description("<p>desc</p>").link("https://shop/" + id)
                .imageLink("https://img/" + id).additionalImages(images).availability(FeedAvailability.IN_STOCK)
                .price(new Amount(new BigDecimal("19.99"), "EUR")).salePrice(sale).brand("Brand")
                .gtin("4006381333931").mpn("MPN").condition("new").productType("Wine").itemGroupId("G-1")
                .attribute(Attribute.GOOGLE_PRODUCT_CATEGORY, "421").attribute(Attribute.COLOR, "red")
                .attribute(Attribute.SIZE, "M").attribute(Attribute.GENDER, "unisex")
                .attribute(Attribute.AGE_GROUP, "adult").attribute(Attribute.IDENTIFIER_EXISTS, Boolean.TRUE)
                .attribute(Attribute.ADULT, adult).quantity(5).taxRate(tax)
                .attribute(Attribute.DELIVERY_METHOD, "package_delivery").raw(Map.of("id", id)).product();
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

}
