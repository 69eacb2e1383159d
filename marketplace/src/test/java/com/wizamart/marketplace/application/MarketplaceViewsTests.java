package com.wizamart.marketplace.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.application.port.in.MarketplaceView;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.sharedkernel.ValidationException;

/**
 * The installed marketplaces as the API and tenancy's feed-source rules see them: a marketplace with one feed per
 * language takes those languages; one that leaves the language to the vendor takes the platform's content languages.
 */
class MarketplaceViewsTests {

    private static final MarketplaceAdapter PER_LANGUAGE = adapter("per-language", "Per Language",
            Set.of("tsv", "csv"), Set.of("fr", "en"), Set.of("title", "id", "price"));
    private static final MarketplaceAdapter VENDOR_GIVEN = adapter("vendor-given", "Vendor Given",
            Set.of("xml"), Set.of(), Set.of("id", "title", "price", "gtin"));

    private final MarketplaceAdapters adapters = new MarketplaceAdapters(List.of(VENDOR_GIVEN, PER_LANGUAGE));

    @Test
    void describesEachInstalledAdapter_byName_withItsLanguagesOrTheContentLanguages() {
        assertThat(new MarketplaceViews(adapters).installed()).containsExactly(
                new MarketplaceView("per-language", "Per Language", List.of("csv", "tsv"), List.of("en", "fr"), false,
                        List.of("id", "price", "title")),
                new MarketplaceView("vendor-given", "Vendor Given", List.of("xml"), List.of("de", "en", "fr"), true,
                        List.of("gtin", "id", "price", "title")));
    }

    @Test
    void asFeedSourceRulesTheyNameTheMarketplacesAndTheLanguagesAnImportTakes() {
        assertThat(adapters.marketplaces()).containsExactlyInAnyOrder("per-language", "vendor-given");
        assertThat(adapters.languages("per-language")).containsExactlyInAnyOrder("en", "fr");
        assertThat(adapters.languages("vendor-given")).containsExactlyInAnyOrder("en", "fr", "de");
        assertThat(adapters.languages("elsewhere")).isEmpty();

        assertThat(adapters.language(VENDOR_GIVEN, " DE ")).isEqualTo("de");
        assertThatThrownBy(() -> adapters.language(PER_LANGUAGE, "de")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> adapters.language(VENDOR_GIVEN, "lb")).isInstanceOf(ValidationException.class);
    }

    @Test
    void anAdapterWhoseNameOrLanguagesCouldNeverBeImportedStopsTheStart() {
        assertThatThrownBy(() -> new MarketplaceAdapters(List.of(adapter("Google Merchant", "G", Set.of("xml"),
                Set.of(), Set.of("id"))))).isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new MarketplaceAdapters(List.of(adapter("shop", "S", Set.of("csv"),
                Set.of("pt-BR"), Set.of("id"))))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pt-BR");
    }

    private static MarketplaceAdapter adapter(String name, String displayName, Set<String> formats,
                                              Set<String> languages, Set<String> fields) {
        return new MarketplaceAdapter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String displayName() {
                return displayName;
            }

            @Override
            public Set<String> supportedFormats() {
                return formats;
            }

            @Override
            public Set<String> languages() {
                return languages;
            }

            @Override
            public Set<String> fields() {
                return fields;
            }

            @Override
            public FeedReader open(InputStream feed, String language) {
                throw new UnsupportedOperationException("not read in this test");
            }
        };
    }
}
