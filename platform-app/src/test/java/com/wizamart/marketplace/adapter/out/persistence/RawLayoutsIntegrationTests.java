package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;

/**
 * A raw layout's id computed in Java is the one PostgreSQL computes for the same names (as the staging migration
 * made the ids of the rows it moved): {@code md5(array_to_json(names)::text)::uuid}, whatever the names hold.
 */
class RawLayoutsIntegrationTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theIdOfNamesIsPostgresqlsMd5OfThemAsAJsonArray() {
        List<List<String>> lists = new ArrayList<>();
        lists.add(List.of());
        lists.add(List.of(""));
        lists.add(List.of("id", "title", "description", "price"));
        lists.add(List.of("quote \"x\"", "back\\slash", "\\N", "NULL", "{a,b}", "a, b", "[1]", "/slash/"));
        lists.add(List.of("\b", "\f", "\n", "\r", "\t", "\u0001", "\u001f", "\u007f", "a\u0000b".replace("\0", "")));
        lists.add(List.of("Lëtzebuerg – €", "emoji 😀", "日本語", "\u00a0nbsp", "\u2028line\u2029sep", "é"));
        lists.add(List.of("g:shipping[2]/g:country", "g:additional_image_link[2]", "x".repeat(300)));
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0x80; c++) {
            every.append(c);
        }
        lists.add(List.of(every.toString(), every.reverse().toString()));
        for (List<String> names : lists) {
            assertThat(RawLayouts.idOf(names)).as(names.toString()).isEqualTo(jdbc.queryForObject(
                    "select md5(array_to_json(?::text[])::text)::uuid", java.util.UUID.class,
                    (Object) names.toArray(String[]::new)));
        }
    }

    @Test
    void aChunksLayoutsAreTheDistinctListsItsRowsUse() {
        RawLayouts layouts = new RawLayouts();
        byte[] first = layouts.id(List.of("id", "title"));
        assertThat(layouts.id(new ArrayList<>(List.of("id", "title")))).isEqualTo(first);
        byte[] other = layouts.id(List.of("title", "id"));
        assertThat(other).isNotEqualTo(first);
        assertThat(layouts.id(List.of("id", "title"))).isEqualTo(first);
        assertThat(layouts.id(List.of("nul\0name"))).asString()
                .isEqualTo(RawLayouts.idOf(List.of("nulname")).toString());
        assertThat(layouts.used()).hasSize(3).containsEntry(RawLayouts.idOf(List.of("id", "title")),
                List.of("id", "title")).containsEntry(RawLayouts.idOf(List.of("nulname")), List.of("nulname"));
    }
}
