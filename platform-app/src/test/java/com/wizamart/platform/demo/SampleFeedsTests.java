package com.wizamart.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.univocity.parsers.csv.CsvParser;

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
            List<String[]> original;
            try (InputStream in = feed.resource().getInputStream()) {
                original = new CsvParser(DemoData.tabSeparated()).parseAll(in, StandardCharsets.UTF_8);
            }
            List<String[]> imported;
            try (InputStream in = DemoData.withoutImageLinks(feed.resource().getInputStream())) {
                imported = new CsvParser(DemoData.tabSeparated()).parseAll(in, StandardCharsets.UTF_8);
            }
            assertThat(original.stream().flatMap(Arrays::stream).filter(c -> c != null
                    && c.contains("https://images.example.lu/"))).isNotEmpty();
            assertThat(imported).hasSameSizeAs(original);
            assertThat(imported.get(0)).containsExactly(original.get(0));
            for (int row = 1; row < original.size(); row++) {
                String[] before = original.get(row);
                String[] after = imported.get(row);
                assertThat(after).as(feed.name() + " row " + row).hasSameSizeAs(before);
                for (int cell = 0; cell < before.length; cell++) {
                    if (cell == 4 || cell == 5) {
                        assertThat(after[cell]).as(feed.name() + " row " + row + " image links").isNull();
                    } else {
                        assertThat(after[cell]).as(feed.name() + " row " + row + " cell " + cell)
                                .isEqualTo(before[cell]);
                    }
                }
            }
        }
    }
}
