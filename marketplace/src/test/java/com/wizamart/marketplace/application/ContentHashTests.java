package com.wizamart.marketplace.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedAvailability;
import com.wizamart.marketplace.spi.FeedProduct;

/**
 * The content hash built from bytes is the hash the former implementation built from one string, so that rows staged
 * before stay "unchanged" on their next import (ADR 0008).
 */
class ContentHashTests {

    @Test
    void isTheHashOfTheFormerImplementation() {
        ContentHash hash = new ContentHash();
        for (FeedProduct product : products()) {
            assertThat(hash.of(product)).as(product.toString()).isEqualTo(formerHash(product));
        }
    }

    @Test
    void aBufferThatGrewGivesTheSameHashAfterwards() {
        ContentHash hash = new ContentHash();
        FeedProduct small = products().get(0);
        long before = hash.of(small);
        FeedProduct big = FeedProduct.at(9).id("BIG").title("é".repeat(5000)).description("😀".repeat(3000))
                .price(new Amount(new BigDecimal("1.00"), "EUR")).product();
        assertThat(hash.of(big)).isEqualTo(formerHash(big));
        assertThat(hash.of(small)).isEqualTo(before);
    }

    @Test
    void everyValueCounts() {
        ContentHash hash = new ContentHash();
        FeedProduct base = products().get(0);
        long original = hash.of(base);
        assertThat(hash.of(base.toBuilder().description("other").product())).isNotEqualTo(original);
        assertThat(hash.of(base.toBuilder().description(null).product())).isNotEqualTo(original);
        assertThat(hash.of(base.toBuilder().attribute(Attribute.ADULT, Boolean.TRUE).product()))
                .isNotEqualTo(original);
        Map<String, String> raw = new LinkedHashMap<>(base.raw());
        raw.put("extra", "x");
        assertThat(hash.of(base.toBuilder().raw(raw).product())).isNotEqualTo(original);
    }

    private static List<FeedProduct> products() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("id", "LS-1");
        raw.put("title", "Crémant de Luxembourg – brut 🍾");
        raw.put("empty", "");
        raw.put("absent", null);
        raw.put("ctl", "\u0000\u001f\t\n");
        raw.put("lone", "\uD800 surrogate");
        List<FeedProduct> products = new ArrayList<>();
        products.add(FeedProduct.at(2).id("LS-1").title("Crémant de Luxembourg – brut 🍾")
                .description("<p>Fein perlend, \"trocken\".</p>\n\\N").link("https://shop.test/ls-1")
                .imageLink("https://img.test/ls-1.jpg").additionalImages(List.of("https://img.test/a.jpg", "é"))
                .availability(FeedAvailability.IN_STOCK).price(new Amount(new BigDecimal("19.90"), "EUR"))
                .salePrice(new Amount(new BigDecimal("15"), "EUR")).brand("Bernard-Massard").gtin("4006381333931")
                .mpn("MPN-1").condition("new").productType("Wine > Sparkling").itemGroupId("G-1").quantity(5)
                .taxRate(new BigDecimal("17.00")).attribute(Attribute.COLOR, "weiß")
                .attribute(Attribute.IDENTIFIER_EXISTS, Boolean.TRUE).attribute(Attribute.ADULT, Boolean.FALSE)
                .attribute(Attribute.number("shipping_weight"), new BigDecimal("1.5"))
                .attribute(Attribute.count("handling_days"), 3L).raw(raw).product());
        // only what is required: every optional value absent, empty lists and maps
        products.add(FeedProduct.at(3).id("LS-2").title("T").price(new Amount(BigDecimal.ZERO, "EUR"))
                .additionalImages(List.of()).raw(Map.of()).product());
        products.add(FeedProduct.at(4).id("日本").title("😀😀").description("").price(
                new Amount(new BigDecimal("1E+3"), "JPY")).additionalImages(List.of("", "")).brand("")
                .raw(Map.of("", "")).product());
        return products;
    }

    /** The former implementation: one string of the values, each followed by U+001F, MD5 of its UTF-8. */
    private static long formerHash(FeedProduct p) {
        StringBuilder text = new StringBuilder();
        append(text, p.externalId());
        append(text, p.title());
        append(text, p.description());
        append(text, p.link());
        append(text, p.imageLink());
        appendAll(text, p.additionalImages());
        append(text, p.availability() == null ? null : p.availability().name());
        append(text, p.price().amount().toPlainString());
        append(text, p.price().currency());
        append(text, p.salePrice() == null ? null : p.salePrice().amount().toPlainString());
        append(text, p.salePrice() == null ? null : p.salePrice().currency());
        append(text, p.brand());
        append(text, p.gtin());
        append(text, p.mpn());
        append(text, p.condition());
        append(text, p.productType());
        append(text, p.itemGroupId());
        append(text, p.quantity() == null ? null : p.quantity().toString());
        append(text, p.taxRate() == null ? null : p.taxRate().toPlainString());
        append(text, p.attributes().toJson());
        Map<String, String> raw = p.raw();
        if (raw == null) {
            append(text, null);
        } else {
            text.append(raw.size()).append('\u001f');
            raw.forEach((k, v) -> {
                append(text, k);
                append(text, v);
            });
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder text, String value) {
        text.append(value == null ? "\u0000" : value).append('\u001f');
    }

    private static void appendAll(StringBuilder text, List<String> values) {
        if (values == null) {
            append(text, null);
            return;
        }
        text.append(values.size()).append('\u001f');
        values.forEach(v -> append(text, v));
    }
}
