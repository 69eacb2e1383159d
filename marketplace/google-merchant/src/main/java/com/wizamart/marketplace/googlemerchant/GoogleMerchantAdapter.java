package com.wizamart.marketplace.googlemerchant;

import java.io.InputStream;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.MarketplaceAdapter;

/**
 * Google Merchant Center: product feeds in Google's product data specification, as RSS 2.0 or Atom 1.0 XML with the
 * {@code g:} namespace ({@code http://base.google.com/ns/1.0}), or as tab-separated text with a header line of
 * attribute names. The format is recognised from the bytes; the language is the vendor's to give (a Google feed does
 * not say it), one feed per language. See {@code docs/guides/adding-a-marketplace-adapter.md}, whose worked example
 * this adapter is.
 *
 * <p>What the readers accept and reject: a missing or malformed id, title or price makes the item a row error; a
 * malformed optional value (GTIN, sale price, availability, links, flags, shipping entry) is dropped with a warning and
 * the item kept; a file that is no feed fails with a {@link FeedException} whose message says what was found; a feed
 * that breaks off (not well-formed from some line, cut short, a byte not in its encoding) stops there, every item
 * before it imported, and the exception gives the line.
 */
@Component
public class GoogleMerchantAdapter implements MarketplaceAdapter {

    /** The adapter's name in the import API. */
    public static final String NAME = "google-merchant";

    private static final Set<String> FORMATS = Set.of("rss", "atom", "tsv");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "Google Merchant Center";
    }

    @Override
    public Set<String> supportedFormats() {
        return FORMATS;
    }

    /** None: the vendor gives the language of each import. */
    @Override
    public Set<String> languages() {
        return Set.of();
    }

    @Override
    public Set<String> fields() {
        return ItemMapping.FIELDS;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The language only labels the texts: nothing in the reading depends on it.
     */
    @Override
    public FeedReader open(InputStream feed, String language) throws FeedException {
        return FeedBytes.open(feed);
    }
}
