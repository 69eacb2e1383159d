package com.wizamart.marketplace.letzshop;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.MarketplaceAdapter;

/**
 * Letzshop, Luxembourg's marketplace: product feeds in the Google Shopping layout, one file per language,
 * tab-separated (sometimes comma- or semicolon-separated), UTF-8 (sometimes Latin-1). See
 * {@code docs/guides/adding-a-marketplace-adapter.md} for how adapters plug in.
 *
 * <p>What the reader accepts and rejects: a bad id, title, price or GTIN rejects the row (a row error); a bad
 * optional fact (sale price, availability, yes/no flags, quantity, tax rate) is dropped with a warning and the row
 * kept; a file that is not a feed, lacks {@code id}, {@code title} or {@code price}, or cannot be decoded fails with
 * a {@link FeedException} whose message says what was found.
 */
@Component
public class LetzshopAdapter implements MarketplaceAdapter {

    /** The adapter's name in the import API. */
    public static final String NAME = "letzshop";

    private static final Set<String> FORMATS = Set.of("tsv", "csv");
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> supportedFormats() {
        return FORMATS;
    }

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public String displayName() {
        return "Letzshop";
    }

    @Override
    public Set<String> fields() {
        return FeedColumns.FIELDS;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The delimiter and the encoding are recognised from the file; the language only labels the texts (the
     * yes/no words of all three languages are understood in every file).
     *
     * @throws IllegalArgumentException when the language is not one of {@link #languages()}.
     */
    @Override
    public FeedReader open(InputStream feed, String language) throws FeedException {
        if (language == null || !LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
            try {
                feed.close();
            } catch (IOException ignored) {
                // the caller's mistake is the news, not the close
            }
            throw new IllegalArgumentException("Letzshop feeds are in " + String.join(", ", LANGUAGES.stream()
                    .sorted().toList()) + ", not " + language);
        }
        return LetzshopFeedReader.open(feed);
    }
}
