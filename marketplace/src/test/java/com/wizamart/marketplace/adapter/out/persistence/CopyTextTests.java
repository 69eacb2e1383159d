package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The streamed COPY rows are exactly what the former implementation sent (a string of fields escaped one by one, JSON
 * from the application's mapper); joined values are one text of values separated by U+001F (U+001B before one inside
 * a value), escaped for COPY; plain texts, written
 * as their UTF-8 bytes without looking at each character, come out as the escaping loop writes them.
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
                .isEqualTo(utf8(oldField(json(raw)) + oldField(json(list))
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
        String expected = utf8(oldField(value) + oldField(json(Map.of("k", value))) + "x\n");
        for (int size : new int[] {16, 17, 1000, 65536}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            CopyText out = new CopyText(sink::write, size);
            out.text(value).json(Map.of("k", value)).ascii("x".getBytes(StandardCharsets.US_ASCII)).endRow();
            out.flush();
            assertThat(sink.toString(StandardCharsets.UTF_8)).as("buffer of %d", size).isEqualTo(expected);
        }
    }

    @Test
    void joinedValuesAreSeparatedByUnitSeparatorsEscapedForRawValuesThenForCopy() throws Exception {
        List<String> values = new ArrayList<>(TRICKY);
        values.add(null);
        values.add("unit\u001fseparator");
        values.add("escape\u001bchar");
        values.add("\u001b\u001f");
        values.add("\u001f");
        values.add("\u001b");
        values.add("\u001b\\\t");
        assertThat(copyBytes(out -> out.joined(values).joined(List.of()).joined(Arrays.asList((String) null))
                .joined(List.of("")).joined(List.of("", "")).joined(Arrays.asList(null, "a", null)).endRow()))
                .isEqualTo(bytes(oldField(joinedText(values)) + "\t\t\t\u001f\t\u001fa\u001f\n"));
        for (String value : values) {
            assertThat(copyBytes(out -> out.joined(Arrays.asList(value, value)).endRow())).as(value)
                    .isEqualTo(bytes(endRow(oldField(joinedText(Arrays.asList(value, value))))));
        }
        assertThat(copyBytes(out -> out.joined(List.of("a\u001fb", "c")).endRow()))
                .isEqualTo(bytes("a\u001b\u001fb\u001fc\n"));
    }

    @Test
    void plainTextsAreTheBytesTheEscapingLoopWrites() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        String pool = "aZ09 ,;{}\"'<>éü€–\u0001\u001f\u007f\u00a0\u2028\ud83d\ude00\ud800\udc00日";
        List<String> plain = new ArrayList<>(TRICKY.stream().filter(CopyTextTests::plain).toList());
        for (int n = 0; n < 2000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(pool.charAt(random.nextInt(pool.length())));
            }
            plain.add(value.toString());
        }
        for (String value : plain) {
            // a trailing backslash sends the value through the loop; without it, it is written as its bytes
            byte[] loop = copyBytes(out -> out.text(value + "\\").endRow());
            byte[] direct = copyBytes(out -> out.text(value).endRow());
            assertThat(direct).as(value).isEqualTo(bytes(value + "\n"));
            assertThat(Arrays.copyOfRange(loop, 0, loop.length - 3)).as(value)
                    .isEqualTo(Arrays.copyOfRange(direct, 0, direct.length - 1));
            assertThat(Arrays.copyOfRange(loop, loop.length - 3, loop.length)).isEqualTo(bytes("\\\\\n"));
            // the same for joined values, whose fast path also needs no U+001F or U+001B
            byte[] joinedLoop = copyBytes(out -> out.joined(List.of(value + "\\", value)).endRow());
            byte[] joinedDirect = copyBytes(out -> out.joined(List.of(value, value)).endRow());
            String escaped = value.replace("\u001b", "\u001b\u001b").replace("\u001f", "\u001b\u001f");
            assertThat(joinedDirect).as(value).isEqualTo(bytes(escaped + "\u001f" + escaped + "\n"));
            assertThat(joinedLoop).as(value)
                    .isEqualTo(bytes(escaped + "\\\\\u001f" + escaped + "\n"));
            if (value.indexOf('\u001f') < 0 && value.indexOf('\u001b') < 0) {
                // the single-value fast path: its bytes as they are
                assertThat(copyBytes(out -> out.joined(List.of(value)).endRow())).as(value)
                        .isEqualTo(direct);
            }
        }
    }

    @Test
    void nulEscapesLeaveJsonWithTheirCharactersOnly() {
        assertThat(PostgresStagingStore.withoutNul("{\"a\":\"x\\u0000y\",\"b\":\"back\\\\u0000slash\"}"))
                .isEqualTo("{\"a\":\"xy\",\"b\":\"back\\\\u0000slash\"}");
        assertThat(PostgresStagingStore.withoutNul("{\"a\":\"\\u0000\\u0000\"}")).isEqualTo("{\"a\":\"\"}");
        String plain = "{\"a\":\"\\u0001\"}";
        assertThat(PostgresStagingStore.withoutNul(plain)).isSameAs(plain);
    }

    /** What the application's mapper writes, without NUL characters (jsonb cannot hold them). */
    private static String json(Object value) throws Exception {
        return PostgresStagingStore.withoutNul(JSON.writeValueAsString(value));
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

    private static byte[] copyBytes(Writes writes) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        CopyText out = new CopyText(sink::write, 64 * 1024);
        writes.to(out);
        out.flush();
        return sink.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A row of fields written by {@link #oldField}: its last tab becomes the row's end. */
    private static String endRow(String fields) {
        return fields.substring(0, fields.length() - 1) + "\n";
    }

    /** Whether a text needs no escape for COPY. */
    private static boolean plain(String value) {
        return value.chars().noneMatch(c -> c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == 0);
    }

    /**
     * Values joined as {@link RawValues} keeps them: U+001B before a U+001B or U+001F inside a value, U+001F between
     * values, {@literal null} as an empty value (not yet escaped for COPY).
     */
    static String joinedText(Collection<String> values) {
        return values.stream().map(v -> v == null ? ""
                        : v.replace("\u001b", "\u001b\u001b").replace("\u001f", "\u001b\u001f"))
                .collect(Collectors.joining("\u001f"));
    }

    /** What PostgreSQL receives for a string: its UTF-8 bytes (read back as a string for legible failures). */
    private static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The former implementation: one field of COPY's text format, followed by a tab. */
    static String oldField(String value) {
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
