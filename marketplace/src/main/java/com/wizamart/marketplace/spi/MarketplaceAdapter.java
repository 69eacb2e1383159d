package com.wizamart.marketplace.spi;

import java.io.InputStream;
import java.util.Set;

/**
 * A marketplace Wizamart can import from. Implementations are Spring beans in their own Maven module; adding one
 * to platform-app's dependencies makes the marketplace available (its {@link #name()} is the {@code marketplace}
 * value of the import API).
 */
public interface MarketplaceAdapter {

    /** Stable lower-case name, e.g. {@code letzshop}. */
    String name();

    /** Feed formats this adapter reads, e.g. {@code tsv}, {@code csv}. For documentation and the API. */
    Set<String> supportedFormats();

    /** Languages a feed may be imported for, e.g. {@code en}, {@code fr}, {@code de}. */
    Set<String> languages();

    /**
     * Starts reading a feed. Reads only what is needed to recognise the format (header, encoding); rows are read
     * lazily through the returned reader, so a feed of any size streams in constant memory.
     *
     * @param feed     the raw bytes; the reader owns it and closes it.
     * @param language the language the feed's texts are in.
     * @throws FeedException when nothing can be read: not a feed, required columns missing, undecodable encoding.
     */
    FeedReader open(InputStream feed, String language) throws FeedException;
}
