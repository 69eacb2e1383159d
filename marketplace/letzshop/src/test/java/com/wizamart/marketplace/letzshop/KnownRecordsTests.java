package com.wizamart.marketplace.letzshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.UnchangedRecord;

/**
 * The reader asks the platform about each record with exactly the id and the raw values (same entries, same order)
 * its product would have: what makes an import of an unchanged feed skip its records. A record the platform holds
 * comes back as an {@link UnchangedRecord} where its product would have been.
 */
class KnownRecordsTests {

    private static final LetzshopAdapter ADAPTER = new LetzshopAdapter();
    private static final Set<String> HELD = Set.of("LS-0102", "LS-0301");

    /** One question the reader asked: the id, and a copy of the raw values in their order. */
    private record Asked(String externalId, List<Map.Entry<String, String>> raw) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"letzshop-products-en.tsv", "letzshop-products-fr.tsv", "letzshop-products-de.tsv"})
    void heldRecordsComeBackUnchangedAndEveryProductWasAskedAboutWithItsOwnIdAndRawValues(String sample)
            throws Exception {
        byte[] feed;
        try (InputStream in = KnownRecordsTests.class.getResourceAsStream("/samples/" + sample)) {
            feed = in.readAllBytes();
        }
        List<FeedRecord> plain = new ArrayList<>();
        try (FeedReader reader = ADAPTER.open(new ByteArrayInputStream(feed), "en")) {
            for (FeedRecord r = reader.next(); r != null; r = reader.next()) {
                plain.add(r);
            }
        }

        List<Asked> asked = new ArrayList<>();
        KnownRecords known = (externalId, raw) -> {
            asked.add(new Asked(externalId, entries(raw)));
            return HELD.contains(externalId);
        };
        List<FeedRecord> read = new ArrayList<>();
        try (FeedReader reader = ADAPTER.open(new ByteArrayInputStream(feed), "en")) {
            while (true) {
                int before = asked.size();
                FeedRecord r = reader.next(known);
                if (r == null) {
                    break;
                }
                read.add(r);
                if (r instanceof FeedProduct p) {
                    assertThat(asked).as("asked once about " + p.externalId()).hasSize(before + 1);
                    Asked question = asked.getLast();
                    assertThat(question.externalId()).isEqualTo(p.externalId());
                    assertThat(question.raw()).as(p.externalId())
                            .containsExactlyElementsOf(new ArrayList<>(p.raw().entrySet()));
                } else if (r instanceof UnchangedRecord u) {
                    assertThat(asked).hasSize(before + 1);
                    assertThat(asked.getLast().externalId()).isEqualTo(u.externalId());
                }
            }
        }

        assertThat(plain).hasSameSizeAs(read).hasSizeGreaterThan(HELD.size());
        assertThat(read).filteredOn(UnchangedRecord.class::isInstance).hasSize(HELD.size());
        for (int i = 0; i < plain.size(); i++) {
            FeedRecord expected = plain.get(i);
            if (expected instanceof FeedProduct p && HELD.contains(p.externalId())) {
                assertThat(read.get(i)).isEqualTo(new UnchangedRecord(p.position(), p.externalId()));
                assertThat(asked).contains(new Asked(p.externalId(), entries(p.raw())));
            } else {
                assertThat(read.get(i)).isEqualTo(expected);
            }
        }
    }

    /** The entries of raw values, copied in their order. */
    private static List<Map.Entry<String, String>> entries(Map<String, String> raw) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        raw.forEach((name, value) -> entries.add(new AbstractMap.SimpleEntry<>(name, value)));
        return entries;
    }
}
