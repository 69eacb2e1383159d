package com.wizamart.marketplace.spi;

import java.io.InputStream;
import java.util.Set;

/**
 * A marketplace Wizamart can import from. Implementations are Spring beans in their own Maven module; adding one
 * to platform-app's dependencies makes the marketplace available (its {@link #name()} is the {@code marketplace}
 * value of the import API, and {@code GET /api/v1/vendor/marketplaces} lists it).
 */
public interface MarketplaceAdapter {

    /** Stable name: lower case letters, digits and hyphens, at most 32 characters, e.g. {@code google-merchant}. */
    String name();

    /** How people call the marketplace, e.g. {@code Google Merchant Center}. */
    String displayName();

    /** Feed formats this adapter reads, e.g. {@code tsv}, {@code csv}, {@code rss}, {@code atom}. */
    Set<String> supportedFormats();

    /**
     * Languages a feed may be imported for, e.g. {@code en}, {@code fr}, {@code de}: the adapter's feeds are one file
     * per language of these. Empty when the feed does not tell and the vendor gives the language of each import;
     * then any of the platform's content languages ({@link com.wizamart.sharedkernel.ContentLanguages#SUPPORTED})
     * is accepted.
     */
    Set<String> languages();

    /**
     * The product fields and attributes this adapter's feeds fill: {@link StagedField#fieldName() field names} of
     * {@link FeedProduct} ({@code id}, {@code title}, {@code price}, ...) and {@link Attribute#name() attribute names}.
     */
    Set<String> fields();

    /**
     * The version of how this adapter turns source values into products: raise it with a change that makes the same
     * source values a different product (a new field read, a parser fixed). Records staged under another version are
     * normalized again on their next import, whatever their raw values ({@link KnownRecords}).
     */
    default int mappingVersion() {
        return 1;
    }

    /**
     * Starts reading a feed. Reads only what is needed to recognise the format (header, encoding, root element);
     * records are read lazily through the returned reader, so a feed of any size streams in constant memory.
     *
     * @param feed     the raw bytes; the reader owns it and closes it (also when this method throws).
     * @param language the language the feed's texts are in (one of {@link #languages()}, or a content language).
     * @throws FeedException when nothing can be read: not a feed, required fields missing, undecodable encoding.
     */
    FeedReader open(InputStream feed, String language) throws FeedException;
}
