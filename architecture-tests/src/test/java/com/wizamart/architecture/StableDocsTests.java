package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StableDocsTests {

    @Test
    void sortsRunsOfRelationshipsOnly() {
        assertThat(StableDocs.sortRelationships(List.of("@startuml", "Rel(b)", "Rel(a)", "", "Rel(d)", "Rel(c)")))
                .containsExactly("@startuml", "Rel(a)", "Rel(b)", "", "Rel(c)", "Rel(d)");
    }

    @Test
    void sortsRunsOfComponentsApartFromRelationships() {
        assertThat(StableDocs.sortRelationships(List.of("{", "    Component(b)", "    Component(a)", "  Component(d)",
                "  Component(c)", "}", "Rel(b)", "Rel(a)")))
                .containsExactly("{", "    Component(a)", "    Component(b)", "  Component(c)", "  Component(d)", "}",
                        "Rel(a)", "Rel(b)");
    }

    @Test
    void sortsListItemsOfACellTogetherWithTheirSubItems() {
        assertThat(StableDocs.sortListItems(List.of(
                "|Published events",
                "|* `b` created by:",
                "** `b.two(…)`",
                "** `b.one(…)`",
                "* `a`",
                "",
                "|===")))
                .containsExactly(
                        "|Published events",
                        "|* `a`",
                        "* `b` created by:",
                        "** `b.one(…)`",
                        "** `b.two(…)`",
                        "",
                        "|===");
    }
}
