package com.wizamart.marketplace.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.application.support.ContentIndex;

/**
 * The content hash covers a record's raw values (names and values, in order) and the versions of their mapping, and
 * nothing else (ADR 0008, ADR 0030).
 */
class ContentHashTests {

    private static Map<String, String> raw() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("id", "LS-1");
        raw.put("title", "Crémant de Luxembourg – brut 🍾");
        raw.put("empty", "");
        raw.put("absent", null);
        raw.put("ctl", "\u0000\u001f\t\n");
        raw.put("日本", "😀😀");
        return raw;
    }

    @Test
    void equalRawValuesInTheSameOrderHashEqual() {
        ContentHash hash = new ContentHash(1);
        long first = hash.of(raw());
        assertThat(hash.of(raw())).isEqualTo(first);
        assertThat(new ContentHash(1).of(new LinkedHashMap<>(raw()))).isEqualTo(first);
    }

    @Test
    void aChangedNameValueOrderOrMappingVersionChangesTheHash() {
        ContentHash hash = new ContentHash(1);
        long original = hash.of(raw());

        Map<String, String> value = raw();
        value.put("title", "Crémant de Luxembourg – brut 🍾 ");
        assertThat(hash.of(value)).isNotEqualTo(original);

        Map<String, String> emptyToNull = raw();
        emptyToNull.put("empty", null);
        assertThat(hash.of(emptyToNull)).isNotEqualTo(original);

        Map<String, String> nullToEmpty = raw();
        nullToEmpty.put("absent", "");
        assertThat(hash.of(nullToEmpty)).isNotEqualTo(original);

        Map<String, String> name = new LinkedHashMap<>();
        raw().forEach((k, v) -> name.put(k.equals("title") ? "Title" : k, v));
        assertThat(hash.of(name)).isNotEqualTo(original);

        Map<String, String> order = new LinkedHashMap<>();
        order.put("title", raw().get("title"));
        raw().forEach(order::putIfAbsent);
        assertThat(order).isEqualTo(raw()); // equal as maps, only the order differs
        assertThat(hash.of(order)).isNotEqualTo(original);

        Map<String, String> extra = raw();
        extra.put("extra", "");
        assertThat(hash.of(extra)).isNotEqualTo(original);

        assertThat(new ContentHash(2).of(raw())).isNotEqualTo(original);
    }

    @Test
    void emptyRawValuesHashStably() {
        long empty = new ContentHash(3).of(Map.of());
        assertThat(new ContentHash(3).of(new LinkedHashMap<>())).isEqualTo(empty);
        assertThat(new ContentHash(4).of(Map.of())).isNotEqualTo(empty);
        assertThat(new ContentHash(3).of(Map.of("", ""))).isNotEqualTo(empty);
    }

    @Test
    void isTheMurmurHashOfTheVersionsValuesAndNamesEachWithItsLength() {
        ContentHash hash = new ContentHash(7);
        assertThat(hash.of(raw())).isEqualTo(expected(7, raw()));
        Map<String, String> big = new LinkedHashMap<>();
        big.put("description", "é".repeat(5000));
        big.put("emoji", "😀".repeat(3000));
        big.put("lone", "\uD800 surrogate");
        assertThat(hash.of(big)).isEqualTo(expected(7, big));
        // the buffer that grew for the big record gives the same hashes afterwards
        assertThat(hash.of(raw())).isEqualTo(expected(7, raw()));
        assertThat(hash.of(Map.of())).isEqualTo(expected(7, Map.of()));
    }

    @Test
    void namesRememberedFromTheLastRecordAreUsedOnlyWhileTheyAreTheSame() {
        Map<String, String> other = new LinkedHashMap<>();
        raw().forEach((name, value) -> other.put(name.equals("ctl") ? "ctl2" : name, value)); // a later name differs
        Map<String, String> shorter = new LinkedHashMap<>(raw());
        shorter.remove("日本");
        Map<String, String> longer = new LinkedHashMap<>(raw());
        longer.put("more", "x");
        ContentHash hash = new ContentHash(5);
        for (Map<String, String> record : java.util.List.of(raw(), other, raw(), shorter, longer, raw(), raw(),
                Map.<String, String>of(), longer, other)) {
            assertThat(hash.of(record)).as("%s", record.keySet()).isEqualTo(expected(5, record))
                    .isEqualTo(new ContentHash(5).of(record));
        }
    }

    @Test
    void aSeparatorMovedBetweenANameAndItsValueOrBetweenValuesChangesTheHash() {
        ContentHash hash = new ContentHash(1);
        assertThat(hash.of(Map.of("a\u001fb", "c"))).isNotEqualTo(hash.of(Map.of("a", "b\u001fc")));
        Map<String, String> one = new LinkedHashMap<>();
        one.put("a", "1\u001fb\u001f2");
        one.put("b", "");
        Map<String, String> two = new LinkedHashMap<>();
        two.put("a", "1");
        two.put("b", "2\u001fb\u001f");
        assertThat(hash.of(one)).isNotEqualTo(hash.of(two));
        assertThat(hash.of(Map.of("ab", ""))).isNotEqualTo(hash.of(Map.of("a", "b")));
        assertThat(hash.of(Map.of())).isNotEqualTo(hash.of(Map.of("", "")));
    }

    @Test
    void isNeverTheMarkOfNoHash() {
        ContentHash hash = new ContentHash(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(hash.of(Map.of("id", Integer.toString(i)))).isNotEqualTo(ContentIndex.NO_HASH);
        }
        assertThat(ContentIndex.contentHash(ContentIndex.NO_HASH)).isNotEqualTo(ContentIndex.NO_HASH);
    }

    /**
     * The layout, written out: the seed, the number of values, every value, then every name, each as its UTF-8 length
     * (four bytes, big-endian, -1 for null) and its UTF-8 bytes; hashed with MurmurHash3 x64 128 (seed 0), the first
     * 64 bits kept.
     */
    private static long expected(int mappingVersion, Map<String, String> raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        field(bytes, ("staging " + ContentHash.PLATFORM_VERSION + ", mapping " + mappingVersion)
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(raw.size()).array());
        raw.values().forEach(value -> field(bytes, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        raw.keySet().forEach(name -> field(bytes, name.getBytes(StandardCharsets.UTF_8)));
        byte[] all = bytes.toByteArray();
        long hash = MurmurHash3.hash128x64(all, 0, all.length, 0)[0];
        return hash == ContentIndex.NO_HASH ? hash + 1 : hash;
    }

    private static void field(ByteArrayOutputStream bytes, byte[] utf8) {
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8 == null ? -1 : utf8.length).array());
        if (utf8 != null) {
            bytes.writeBytes(utf8);
        }
    }
}
