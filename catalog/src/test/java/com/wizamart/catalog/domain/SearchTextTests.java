package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    private static SearchText parse(String text) {
        return SearchText.parse(text);
    }

    @Test
    void leavesATextWithoutExclusionsAsItIs() {
        assertThat(parse("forest honey")).isEqualTo(new SearchText("forest honey", ""));
        assertThat(parse("coffee or honey")).isEqualTo(new SearchText("coffee or honey", ""));
        assertThat(parse("\"forest honey\" jar")).isEqualTo(new SearchText("\"forest honey\" jar", ""));
        assertThat(parse("t-shirt")).isEqualTo(new SearchText("t-shirt", ""));
        assertThat(parse("sugar-free")).isEqualTo(new SearchText("sugar-free", ""));
    }

    @Test
    void takesOutEveryExcludedWordAndPhrase() {
        assertThat(parse("honey -forest")).isEqualTo(new SearchText("honey", "forest"));
        assertThat(parse("honey - forest")).isEqualTo(new SearchText("honey", "forest"));
        assertThat(parse("-forest honey")).isEqualTo(new SearchText("honey", "forest"));
        assertThat(parse("honey -\"forest honey\" -jar")).isEqualTo(new SearchText("honey", "\"forest honey\" or jar"));
        assertThat(parse("(-forest) honey")).isEqualTo(new SearchText("honey", "forest"));
        assertThat(parse("-forest")).isEqualTo(new SearchText("", "forest"));
    }

    @Test
    void keepsOrBetweenTheOperandsThatRemain() {
        assertThat(parse("coffee or honey -forest")).isEqualTo(new SearchText("coffee or honey", "forest"));
        assertThat(parse("coffee or -forest honey")).isEqualTo(new SearchText("coffee or honey", "forest"));
        assertThat(parse("-forest or honey")).isEqualTo(new SearchText("honey", "forest"));
        assertThat(parse("coffee OR honey")).isEqualTo(new SearchText("coffee or honey", ""));
        // "or" that ends the text, or starts a word, is a word (as websearch_to_tsquery reads it)
        assertThat(parse("honey or")).isEqualTo(new SearchText("honey or", ""));
        assertThat(parse("honey orange")).isEqualTo(new SearchText("honey orange", ""));
    }

    @Test
    void twoMinusesCancelOut() {
        assertThat(parse("--forest honey")).isEqualTo(new SearchText("forest honey", ""));
    }

    @Test
    void aMinusInsideAPhraseExcludesNothing() {
        assertThat(parse("\"honey -forest\"")).isEqualTo(new SearchText("\"honey -forest\"", ""));
        assertThat(parse("\"unclosed -phrase")).isEqualTo(new SearchText("\"unclosed -phrase\"", ""));
        assertThat(parse("honey \"\" -\"\"")).isEqualTo(new SearchText("honey", ""));
    }

    @Test
    void operatorCharactersAreSkippedAndOnlyExclusionsMakeAnExcludingSearch() {
        assertThat(parse("honey & !forest")).isEqualTo(new SearchText("honey forest", ""));
        assertThat(parse("(honey | jar)")).isEqualTo(new SearchText("honey jar", ""));
        assertThat(parse("honey & !forest").excludes()).isFalse();
        assertThat(parse("")).isEqualTo(new SearchText("", ""));
        assertThat(parse("-forest -jar")).satisfies(t -> {
            assertThat(t.included()).isEmpty();
            assertThat(t.excluded()).isEqualTo("forest or jar");
            assertThat(t.excludes()).isTrue();
        });
    }
}
