package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** What {@link CopyText#joined} writes, once PostgreSQL has read COPY's escapes, splits back into the values. */
class RawValuesTests {

    private static final List<String> TRICKY = List.of("", "plain", "tab\there", "line\nbreak", "cr\rlf\r\n",
            "back\\slash", "\\N", "quote \"x\"", "ctl\u0001\u007f", "Lëtzebuerg – €", "emoji 😀 ok",
            "unit\u001fseparator", "escape\u001bchar", "\u001b", "\u001f", "\u001b\u001f", "\u001f\u001b",
            "\u001b\u001b", "\u001f\u001f", "ends with escape\u001b", "\u001b\\", "\\\u001f", "\\.", "tail\\");

    @Test
    void splittingWhatJoinedWroteGivesTheValuesBack() throws Exception {
        assertRoundTrip(TRICKY);
        for (String value : TRICKY) {
            assertRoundTrip(List.of(value));
            assertRoundTrip(List.of(value, value));
            assertRoundTrip(List.of("", value, ""));
        }
        SplittableRandom random = new SplittableRandom(5);
        String pool = "ab\u001f\u001b\\\t\n\r€😀";
        for (int n = 0; n < 3000; n++) {
            List<String> values = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                StringBuilder value = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) {
                    value.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, random.nextInt(
                            pool.codePointCount(0, pool.length())))));
                }
                values.add(value.toString());
            }
            assertRoundTrip(values);
        }
    }

    @Test
    void nullIsAnEmptyValueAndNulIsDropped() throws Exception {
        assertThat(RawValues.split(stored(Arrays.asList(null, "a", null)), 3)).containsExactly("", "a", "");
        assertThat(RawValues.split(stored(List.of("n\0ul")), 1)).containsExactly("nul");
    }

    @Test
    void oneEmptyValueIsNotNoValues() throws Exception {
        assertThat(stored(List.of())).isEmpty();
        assertThat(stored(List.of(""))).isEmpty();
        assertThat(RawValues.split("", 0)).isEmpty();
        assertThat(RawValues.split("", 1)).containsExactly("");
        assertThat(RawValues.split(null, 0)).isEmpty();
        assertThat(RawValues.split(stored(List.of("", "")), 2)).containsExactly("", "");
        assertThat(RawValues.split("\u001f\u001f", 3)).containsExactly("", "", "");
    }

    @Test
    void splitsAtUnescapedSeparatorsOnly() {
        assertThat(RawValues.split("a\u001b\u001fb\u001fc", 2)).containsExactly("a\u001fb", "c");
        assertThat(RawValues.split("a\u001b\u001b\u001fb", 2)).containsExactly("a\u001b", "b");
        assertThat(RawValues.split("\u001b\u001b\u001b\u001f", 1)).containsExactly("\u001b\u001f");
    }

    private static void assertRoundTrip(List<String> values) throws Exception {
        assertThat(RawValues.split(stored(values), values.size())).as(values.toString())
                .containsExactlyElementsOf(values);
    }

    /** The text PostgreSQL stores for a field {@link CopyText#joined} wrote: COPY's escapes undone. */
    private static String stored(List<String> values) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        CopyText out = new CopyText(sink::write, 64);
        out.joined(values).endRow();
        out.flush();
        String field = sink.toString(StandardCharsets.UTF_8);
        assertThat(field).endsWith("\n");
        field = field.substring(0, field.length() - 1);
        assertThat(field).doesNotContain("\t", "\n", "\r");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char next = field.charAt(++i);
            text.append(switch (next) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new AssertionError("unexpected escape \\" + next + " in " + field);
            });
        }
        return text.toString();
    }
}
