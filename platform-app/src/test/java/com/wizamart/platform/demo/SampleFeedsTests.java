package com.wizamart.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/**
 * The demo's sample feeds are found on the classpath by their path ({@code demo/feeds/<marketplace>/<language>.<ext>}),
 * so the demo data names no marketplace in code: each installed adapter's samples are found, in order.
 */
class SampleFeedsTests {

    @Test
    void theSampleFeedsAreFoundByTheirPath_withTheirMarketplaceAndLanguage() throws IOException {
        assertThat(DemoData.sampleFeeds()).extracting(f -> f.marketplace() + "/" + f.language() + " " + f.name())
                .containsExactly("letzshop/de letzshop-de.tsv", "letzshop/en letzshop-en.tsv",
                        "letzshop/fr letzshop-fr.tsv");
        for (DemoData.SampleFeed feed : DemoData.sampleFeeds()) {
            try (InputStream in = feed.resource().getInputStream()) {
                assertThat(new String(in.readNBytes(200), java.nio.charset.StandardCharsets.UTF_8)).contains("id\t");
            }
        }
    }

    @Test
    void theDemoImportsTheSamplesWithoutTheirImageLinksAndOtherwiseUnchanged() throws IOException {
        for (DemoData.SampleFeed feed : DemoData.sampleFeeds()) {
            String original;
            try (InputStream in = feed.resource().getInputStream()) {
                original = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(original).contains("https://images.example.lu/");
            String imported;
            try (InputStream in = DemoData.withoutImageLinks(feed.resource().getInputStream())) {
                imported = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(imported).doesNotContain("images.example.lu").contains("https://letzshop.lu/");
            assertThat(imported.lines().count()).isEqualTo(original.lines().count());
            assertThat(imported.lines().map(l -> l.split("\t", -1).length).toList())
                    .isEqualTo(original.lines().map(l -> l.split("\t", -1).length).toList());
            assertThat(imported.lines().findFirst()).isEqualTo(original.lines().findFirst());
        }
    }
}
