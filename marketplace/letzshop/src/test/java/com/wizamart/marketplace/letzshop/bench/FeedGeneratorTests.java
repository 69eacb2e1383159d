package com.wizamart.marketplace.letzshop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.marketplace.letzshop.LetzshopAdapter;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;

class FeedGeneratorTests {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void writesAFeedWhoseDirtyRowsAreExactlyTheRowErrorsAndWarnings(String language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<Long> dirtyLines = new HashSet<>();

        FeedGenerator.Summary summary = new FeedGenerator(language, 0.02, 42).write(out, 1_000, dirtyLines::add);

        assertThat(summary.rows()).isEqualTo(1_000);
        assertThat(summary.dirtyRows()).isEqualTo(dirtyLines.size()).isBetween(5L, 40L);
        assertThat(summary.bytes()).isEqualTo(out.size());
        assertThat(summary.lines()).isGreaterThan(1_000);
        List<FeedRecord> records = readAll(out.toByteArray(), language);
        List<FeedProduct> products = records.stream().filter(FeedProduct.class::isInstance)
                .map(FeedProduct.class::cast).toList();
        List<FeedRowError> errors = records.stream().filter(FeedRowError.class::isInstance)
                .map(FeedRowError.class::cast).toList();
        List<FeedRowError> warnings = products.stream().flatMap(p -> p.warnings().stream()).toList();
        assertThat(records).hasSize(1_000);
        // a bad price or a blank title rejects the row; a spreadsheet-mangled GTIN only drops the GTIN
        assertThat(errors).extracting(FeedRowError::field).containsOnly("price", "title");
        assertThat(warnings).extracting(FeedRowError::field).containsOnly("gtin");
        assertThat(warnings).isNotEmpty().allSatisfy(w -> assertThat(w.severity())
                .isEqualTo(FeedRowError.Severity.WARNING));
        assertThat(java.util.stream.Stream.concat(errors.stream(), warnings.stream()).map(FeedRowError::position))
                .containsExactlyInAnyOrderElementsOf(dirtyLines);
        assertThat(products).hasSize(1_000 - errors.size());
        assertThat(products).extracting(FeedProduct::description).anyMatch(d -> d.contains("\n"))
                .anyMatch(d -> d.contains("\t")).anyMatch(d -> d.contains("<ul>"));
        assertThat(products).extracting(FeedProduct::title).anyMatch(t -> t.contains("\"Édition spéciale\""));
        assertThat(products.getLast().position()).isEqualTo(summary.lines());
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ByteArrayOutputStream other = new ByteArrayOutputStream();

        new FeedGenerator("de", 0.02, 7).write(first, 200, line -> { });
        new FeedGenerator("de", 0.02, 7).write(second, 200, line -> { });
        new FeedGenerator("de", 0.02, 8).write(other, 200, line -> { });

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray()).isNotEqualTo(other.toByteArray());
    }

    @Test
    void writesRowsOfAboutThreeHundredEightyBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FeedGenerator.Summary summary = new FeedGenerator("fr", 0.0, 1).write(out, 2_000, line -> { });

        assertThat(summary.bytes() / 2_000).isBetween(300L, 460L);
    }

    private static List<FeedRecord> readAll(byte[] feed, String language) throws Exception {
        List<FeedRecord> records = new ArrayList<>();
        try (FeedReader reader = new LetzshopAdapter().open(new ByteArrayInputStream(feed), language)) {
            for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }
}
